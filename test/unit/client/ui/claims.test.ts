// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimsResult } from '../../../../contract/index.js';
import { setupClaims } from '../../../../client/src/ui/claims.js';
import { fakeExpander, fakeExplorer, settle } from './fake-explorer.js';

const claim = (id: string, value: number, disagrees = false): Claim => ({
  id,
  name: `Figure ${id}`,
  value,
  unit: 'tonnes',
  valueText: null,
  qualifier: null,
  measure: 'Magnet exports',
  quantity: null,
  disagrees,
  periodLabel: null,
  subjects: [],
  attributedTo: [{ id: 'o:x', name: 'Customs' }],
  sources: [],
});

/** Claims panel over pages handed out in order; returns what it was asked for too. */
function panel(pages: ClaimsResult[]) {
  const asked: unknown[] = [];
  const ctx = fakeExplorer({
    api: {
      claims: (q: unknown) => {
        asked.push(q);
        const next = pages.shift();
        return next ? Promise.resolve(next) : Promise.reject(new Error('no more'));
      },
    },
  });
  const expander = fakeExpander();
  const host = document.createElement('div');
  const c = setupClaims(host, ctx, expander);
  return { c, host, asked, expander };
}

const page1: ClaimsResult = {
  groups: [
    { topic: 'Exports', conflicting: true, claims: [claim('a', 10, true), claim('b', 12, true)] },
  ],
  total: 3,
  nextOffset: 2,
};
const page2: ClaimsResult = {
  groups: [{ topic: 'Exports', conflicting: true, claims: [claim('c', 10)] }],
  total: 3,
  nextOffset: null,
};

describe('setupClaims', () => {
  it('shows a topic with its figures side by side and counts them', async () => {
    const p = panel([page1]);
    await p.c.load();
    expect(p.host.querySelector('h3')?.textContent).toBe('Exportsdisagree');
    expect(p.host.querySelectorAll('article.claim').length).toBe(2);
    expect(p.host.querySelector('.claims-status')?.textContent).toBe('Showing 2 of 3 figures.');
  });

  it('flags a figure another figure contradicts', async () => {
    const p = panel([page1]);
    await p.c.load();
    expect(p.host.querySelector('article .claim-flag')?.textContent).toBe('disagrees');
  });

  it('"Show 1 more" adds the next page to the same topic’s row', async () => {
    const p = panel([page1, page2]);
    await p.c.load();
    p.host.querySelector<HTMLButtonElement>('button.more')?.click();
    await settle();
    expect(p.host.querySelectorAll('.claims-group').length).toBe(1);
    expect(p.host.querySelectorAll('.claims-side article').length).toBe(3);
    expect(p.asked[1]).toMatchObject({ offset: 2 });
  });

  it('reveals a figure’s node when its name is pressed', async () => {
    const p = panel([page1]);
    await p.c.load();
    p.host.querySelector<HTMLButtonElement>('article button.link')?.click();
    expect(p.expander.calls).toEqual(['reveal ["a"]']);
  });

  it('asks only for disagreeing topics while the box is ticked', async () => {
    const p = panel([page1]);
    await p.c.load();
    expect(p.asked[0]).toMatchObject({ conflicting: true, offset: 0 });
  });

  it('says so when the figures cannot be loaded', async () => {
    const p = panel([]);
    await p.c.load();
    expect(p.host.querySelector('.error')?.textContent).toBe('Figures unavailable: no more');
  });
});
