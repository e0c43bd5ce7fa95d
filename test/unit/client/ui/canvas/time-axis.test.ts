// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { timeLayout } from '../../../../../client/src/graph/layouts.js';
import { TimeAxis } from '../../../../../client/src/ui/canvas/time-axis.js';

/** A headless canvas whose container stands in the page, so the axis goes after it. */
function setup() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const cy = cytoscape({ headless: true });
  Object.assign(cy, { container: () => host, width: () => 1000, height: () => 600 });
  const { scale } = timeLayout(
    [
      { id: 'a', label: 'Event', date: '2025-04-04' },
      { id: 'b', label: 'Event', date: '2025-10-09' },
      { id: 'c', label: 'Country', date: undefined },
    ],
    { width: 1000 },
  );
  return { cy, scale, axis: new TimeAxis(cy) };
}

describe('TimeAxis', () => {
  it('stays hidden until a time layout is shown', () => {
    setup();
    expect(document.querySelector<HTMLElement>('.time-axis')?.hidden).toBe(true);
  });

  it('labels the undated block "undated" and puts no date over it', () => {
    const { cy, scale, axis } = setup();
    cy.zoom(0.5);
    cy.pan({ x: 500, y: 0 });
    axis.show(scale);
    const el = document.querySelector<HTMLElement>('.time-axis')!;
    expect(el.hidden).toBe(false);
    expect(el.querySelector('.tick.undated')?.textContent).toBe('undated');
    const left = (t: Element) => parseFloat((t as HTMLElement).style.left);
    const undatedX = left(el.querySelector('.tick.undated')!);
    const dated = el.querySelectorAll('.tick[data-day]');
    expect(dated.length).toBeGreaterThan(0);
    for (const t of dated) expect(left(t)).toBeGreaterThan(undatedX);
  });

  it('follows a pan: the ticks move with the view', () => {
    const { cy, scale, axis } = setup();
    axis.show(scale);
    const first = () =>
      parseFloat(document.querySelector<HTMLElement>('.tick[data-day]')!.style.left);
    const day = document.querySelector<HTMLElement>('.tick[data-day]')!.dataset.day;
    const before = first();
    cy.panBy({ x: 50, y: 0 });
    const moved = document.querySelector<HTMLElement>(`.tick[data-day="${day}"]`);
    expect(moved && parseFloat(moved.style.left)).toBe(before + 50);
  });
});
