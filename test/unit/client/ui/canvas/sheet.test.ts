import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SheetClearance } from '../../../../../client/src/ui/canvas/sheet.js';

/** A canvas 800 px high with one node selected 700 px down. */
function canvas() {
  const cy = cytoscape({
    headless: true,
    elements: [{ data: { id: 'a' }, position: { x: 0, y: 700 } }],
  });
  Object.assign(cy, { height: () => 800 });
  cy.getElementById('a').select();
  return cy;
}

describe('SheetClearance', () => {
  // Reduced motion: the pan happens at once, without an animation to wait for.
  beforeEach(() => vi.stubGlobal('matchMedia', () => ({ matches: true })));
  afterEach(() => vi.unstubAllGlobals());

  it('pans the selected node up into the half of the canvas a sheet leaves', () => {
    const cy = canvas();
    new SheetClearance(cy).cover(400);
    // The middle of the 400 px left uncovered.
    expect(cy.getElementById('a').renderedPosition().y).toBe(200);
  });

  it('leaves the view alone when the sheet shrinks', () => {
    const cy = canvas();
    const sheet = new SheetClearance(cy);
    sheet.cover(400);
    cy.pan({ x: 0, y: 0 });
    sheet.cover(100);
    expect(cy.pan()).toEqual({ x: 0, y: 0 });
  });
});
