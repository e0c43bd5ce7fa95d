import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DrawCap, type CapCounts } from '../../../../../client/src/ui/canvas/draw-cap.js';

/** A chain a0 - a1 - … of `n` nodes: 2n − 1 elements. */
function chain(n: number, prefix = 'a'): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ group: 'nodes', data: { id: `${prefix}${i}` }, position: { x: i * 10, y: 0 } });
    if (i > 0)
      out.push({
        group: 'edges',
        data: { id: `${prefix}e${i}`, source: `${prefix}${i - 1}`, target: `${prefix}${i}` },
      });
  }
  return out;
}

function setup(cap: number) {
  const cy = cytoscape({ headless: true });
  let drawnCalls = 0;
  const dc = new DrawCap(cy, () => drawnCalls++, cap);
  const heard: CapCounts[] = [];
  dc.onChange((c) => heard.push(c));
  return { cy, dc, heard, drawn: () => drawnCalls };
}

describe('DrawCap on a Cytoscape instance', () => {
  it('adds everything up to the cap', () => {
    const { cy, dc } = setup(100);
    dc.place(chain(10));
    expect(cy.elements().length).toBe(19);
    expect(dc.left()).toBe(0);
  });

  it('adds only the cap’s share to Cytoscape and holds the rest outside it', () => {
    const { cy, dc, heard } = setup(9);
    dc.place(chain(10));
    expect(cy.elements().length).toBe(9);
    expect(dc.left()).toBe(10);
    expect(dc.holds('a9')).toBe(true);
    expect(cy.getElementById('a9').empty()).toBe(true);
    // No relationship without both ends.
    cy.edges().forEach((e) => {
      expect(e.source().nonempty() && e.target().nonempty()).toBe(true);
    });
    expect(heard.at(-1)).toEqual({ left: 10, drawn: 9, cap: 9 });
  });

  it('draws them all on request, and the cap’s share again after', () => {
    const { cy, dc, drawn } = setup(9);
    dc.place(chain(10));
    dc.drawAll(true);
    expect(cy.elements().length).toBe(19);
    expect(dc.left()).toBe(0);
    expect(drawn()).toBeGreaterThan(0);
    dc.drawAll(false);
    expect(cy.elements().length).toBe(9);
    expect(dc.left()).toBe(10);
  });

  it('draws a held node when it is to be shown, with its neighbours, keeping to the cap', () => {
    const { cy, dc } = setup(9);
    dc.place(chain(10));
    const far = [...dc.heldIds()].find((id) => /^a\d+$/.test(id)) ?? '';
    dc.show([far]);
    expect(cy.getElementById(far).nonempty()).toBe(true);
    expect(cy.elements().length).toBeLessThanOrEqual(9);
  });

  it('keeps what it removes from Cytoscape as it was (position, classes)', () => {
    const { cy, dc } = setup(1_000);
    dc.place(chain(5));
    cy.getElementById('a4').addClass('pinned-look').position({ x: 500, y: 7 });
    const small = new DrawCap(cy, () => undefined, 3);
    small.settle();
    small.drawAll(true);
    expect(cy.getElementById('a4').position()).toEqual({ x: 500, y: 7 });
    expect(cy.getElementById('a4').hasClass('pinned-look')).toBe(true);
  });

  it('forgets held elements removed from the canvas, with their relationships', () => {
    const { cy, dc } = setup(9);
    dc.place(chain(10));
    const held = [...dc.heldIds()].filter((id) => /^a\d+$/.test(id));
    dc.forget(new Set(held));
    dc.drawAll(true);
    for (const id of held) expect(cy.getElementById(id).empty()).toBe(true);
    expect(dc.left()).toBe(0);
  });
});
