// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { reasonRow } from '../../../../../client/src/ui/curation/reason-row.js';

describe('the reason row', () => {
  it('sends the reason typed when its button is pressed, and keeps the text', () => {
    const act = vi.fn(() => Promise.resolve());
    const row = reasonRow('Why reject it', 'Reject', act);
    const box = row.querySelector<HTMLInputElement>('input[aria-label="Why reject it"]');
    if (!box) throw new Error('no box');
    box.value = 'The report says "persistent delays"';
    row.querySelector('button')?.click();
    expect(act).toHaveBeenCalledWith('The report says "persistent delays"');
    expect(box.value).toBe('The report says "persistent delays"');
  });
});
