// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rowOrder, setupFilters } from '../../../../client/src/ui/filters.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';
import { smallGraph } from './graph-fixture.js';

/** What a person's click on a checkbox does: flips it and tells its listeners. */
function toggle(box: HTMLInputElement | null): void {
  if (!box) throw new Error('no such box');
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change'));
}

describe('rowOrder', () => {
  it('puts the kinds commonest on the canvas first, then the schema’s by name', () => {
    const order = rowOrder(
      new Map([['Event', 1]]),
      new Map([
        ['Event', 1],
        ['Country', 2],
      ]),
      new Map([
        ['Country', 9],
        ['Actor', 3],
      ]),
    );
    expect(order).toEqual(['Country', 'Event', 'Actor']);
  });
});

describe('setupFilters', () => {
  function panel() {
    const ctx = fakeExplorer({ canvas: fakeCanvas(smallGraph) });
    const host = document.createElement('div');
    setupFilters(host, ctx).render();
    return { ctx, host };
  }

  it('unticking a kind hides it in the store', () => {
    const { ctx, host } = panel();
    const box = host.querySelector<HTMLInputElement>('#f-hiddenLabels-Event');
    toggle(box);
    expect(ctx.store.get().hiddenLabels).toEqual(['Event']);
  });

  it('shows each kind’s count on the canvas', () => {
    const { host } = panel();
    const counts = [...host.querySelectorAll('.legend li')].map((li) => li.textContent);
    expect(counts).toEqual(['Country2', 'Event1']);
  });

  it('"Stated links only" goes into the store', () => {
    const { ctx, host } = panel();
    toggle(host.querySelector<HTMLInputElement>('#filter-stated'));
    expect(ctx.store.get().statedOnly).toBe(true);
  });

  it('a date range from the store shows in the date boxes', () => {
    const { ctx, host } = panel();
    ctx.store.update({ dateFrom: '2025-01-01' });
    expect(host.querySelector<HTMLInputElement>('#filter-from')?.value).toBe('2025-01-01');
  });
});
