// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { draftItem, publishInOrder } from '../../../../../client/src/ui/curation/review.js';
import { draft, linkDraft } from './fixtures.js';

describe('the review list', () => {
  it('marks each draft as a draft, saying what it proposes, who drafted it and why', () => {
    const li = draftItem(draft(), null);
    expect(li.querySelector('.draft-chip')?.textContent).toBe('Draft');
    expect(li.textContent).toContain('New Company Harbour Board (company:harbour-board)');
    expect(li.textContent).toContain('Drafted by ana, 2026-12-06 10:00 UTC');
    expect(li.textContent).toContain('Why: From the harbour report');
  });

  it('publishes the drafts in order', async () => {
    const published: string[] = [];
    const publish = (id: string) => Promise.resolve(void published.push(id));
    expect(await publishInOrder([draft(), linkDraft], publish)).toEqual({ done: 2 });
    expect(published).toEqual(['d1', 'd2']);
  });

  it('stops at the first refusal and says how many were published', async () => {
    const publish = vi.fn((id: string) =>
      id === 'd2' ? Promise.reject(new Error('changed since')) : Promise.resolve(),
    );
    const out = await publishInOrder([draft(), linkDraft, draft({ id: 'd3' })], publish);
    expect(out).toEqual({ done: 1, stopped: 'Published 1; stopped at the next: changed since' });
    expect(publish).toHaveBeenCalledTimes(2);
  });
});
