// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { changeItem } from '../../../../../client/src/ui/curation/history.js';
import { change } from './fixtures.js';

describe("a claim's history", () => {
  it('says who drafted and who published a change, when and why, with before and after', () => {
    const li = changeItem(change(), new Set(), false, vi.fn());
    expect(li.textContent).toContain(
      '#7 edit-node drafted by ana, published by rev, 2026-12-06 11:00 UTC',
    );
    expect(li.textContent).toContain('Why: spelling');
    expect([...li.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'company:harbour-board',
      'name',
      'Harbor',
      'Harbour',
    ]);
  });

  it('offers Revert with its reason to a reviewer, sending the reason', () => {
    const revert = vi.fn(() => Promise.resolve());
    const li = changeItem(change(), new Set(), true, revert);
    const why = li.querySelector<HTMLInputElement>('input[name="why"]');
    if (why) why.value = 'the report was right';
    [...li.querySelectorAll('button')].find((b) => b.textContent === 'Revert')?.click();
    expect(revert).toHaveBeenCalledWith('the report was right');
  });

  it('marks a change made on a graph a load replaced, naming the backup, and offers no Revert', () => {
    const li = changeItem(
      change({ replacedBy: 'import-2026-12-06T12-00-00', replacedAt: '2026-12-06T12:00:00.000Z' }),
      new Set(),
      true,
      vi.fn(),
    );
    expect(li.querySelector('.change-replaced')?.textContent).toBe(
      'Made on an earlier graph: a load replaced it on 2026-12-06 12:00 UTC (backup import-2026-12-06T12-00-00). Kept as history; restoring that backup makes it current again.',
    );
    expect(li.querySelector('button')).toBeNull();
  });

  it('marks a change reverted since, and offers no Revert when not allowed', () => {
    const li = changeItem(change(), new Set(['c1']), false, vi.fn());
    expect(li.textContent).toContain('Reverted since.');
    expect(li.querySelector('button')).toBeNull();
  });
});
