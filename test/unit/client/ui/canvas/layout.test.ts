// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { LayoutName, TimeScale } from '../../../../../client/src/graph/layouts.js';
import { LayoutRunner } from '../../../../../client/src/ui/canvas/layout.js';

/** Two dated events and an undated country, one of them pinned where it stands. */
function setup(pinned: string | undefined = undefined) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'late', label: 'Event', date: '2025-10-09' }, position: { x: 0, y: 0 } },
      { data: { id: 'early', label: 'Event', date: '2025-04-04' }, position: { x: 0, y: 0 } },
      { data: { id: 'china', label: 'Country' }, position: { x: 7, y: 7 } },
    ],
  });
  if (pinned) cy.getElementById(pinned).data('pinned', true);
  const placed: [LayoutName, TimeScale | undefined][] = [];
  let fits = 0;
  const runner = new LayoutRunner(cy, {
    visible: () => cy.elements(),
    fit: () => void fits++,
    placed: (name, scale) => void placed.push([name, scale]),
  });
  return { cy, runner, placed, fits: () => fits };
}

const x = (cy: cytoscape.Core, id: string) => cy.getElementById(id).position().x;

describe('LayoutRunner', () => {
  it('the time layout puts the earlier event left of the later one and reports its scale', () => {
    const { cy, runner, placed } = setup();
    runner.run('time', false, false);
    expect(x(cy, 'early')).toBeLessThan(x(cy, 'late'));
    expect(placed).toHaveLength(1);
    expect(placed[0]?.[0]).toBe('time');
    expect(placed[0]?.[1]?.undated).toBeDefined();
  });

  it('puts an undated node left of every date, not on the axis', () => {
    const { cy, runner } = setup();
    runner.run('time', false, false);
    expect(x(cy, 'china')).toBeLessThan(x(cy, 'early'));
  });

  it('a pinned node keeps its place through a layout', () => {
    const { cy, runner } = setup('china');
    runner.run('time', false, false);
    expect(cy.getElementById('china').position()).toEqual({ x: 7, y: 7 });
  });

  it('fits the view after placing when asked, and says the page is idle', () => {
    const { runner, fits } = setup();
    runner.run('time', false, true);
    expect(fits()).toBe(1);
    expect(document.body.dataset['layout']).toBe('idle');
  });
});
