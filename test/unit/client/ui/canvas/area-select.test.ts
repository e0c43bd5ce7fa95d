// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { AreaSelect } from '../../../../../client/src/ui/canvas/area-select.js';

/** Nodes at (100,100) and (300,300), a headless canvas inside a page element. */
function setup() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'a' }, position: { x: 100, y: 100 } },
      { data: { id: 'b' }, position: { x: 300, y: 300 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  Object.assign(cy, { container: () => host });
  let done = 0;
  const area = new AreaSelect(cy, () => void done++);
  return { cy, host, area, done: () => done };
}

/** A one-finger touch event at (x, y). */
function touch(type: string, x: number, y: number): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  const t = [{ clientX: x, clientY: y }];
  return Object.assign(e, { touches: type === 'touchend' ? [] : t, changedTouches: t });
}

function drag(host: HTMLElement, from: [number, number], to: [number, number]) {
  host.dispatchEvent(touch('touchstart', ...from));
  host.dispatchEvent(touch('touchmove', ...to));
  host.dispatchEvent(touch('touchend', ...to));
}

describe('AreaSelect', () => {
  it('turns panning off while on, and back on when off', () => {
    const { cy, area } = setup();
    area.set(true);
    expect(cy.userPanningEnabled()).toBe(false);
    area.set(false);
    expect(cy.userPanningEnabled()).toBe(true);
  });

  it("selects the nodes whose centres a finger's drag boxes, and says it is done", () => {
    const { cy, host, area, done } = setup();
    area.set(true);
    drag(host, [50, 50], [200, 200]);
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['a']);
    expect(done()).toBe(1);
  });

  it('selects nothing while off', () => {
    const { cy, host } = setup();
    drag(host, [50, 50], [400, 400]);
    expect(cy.$(':selected').length).toBe(0);
  });
});
