import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  labelCandidates,
  placeLabels,
  sizesChanged,
} from '../../../../../client/src/ui/canvas/labels.js';

const graph = () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a', display: 'Alpha' }, position: { x: 10, y: 10 } },
      { data: { id: 'b', display: 'Beta', short: 'B' }, position: { x: 60, y: 10 } },
      { data: { id: 'far', display: 'Far away' }, position: { x: 5_000, y: 10 } },
      {
        data: { id: 'off', display: 'Backdrop' },
        position: { x: 30, y: 30 },
        classes: 'chain-off',
      },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  // Headless, Cytoscape fits a zero-sized view; the screen here is the graph at zoom 1.
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  return cy;
};
const view = { x2: 800, y2: 600 };

describe('sizesChanged', () => {
  it('is true when nothing was written yet and when any size moved, false otherwise', () => {
    const sizes = { node: 26, font: 12, maxWidth: 150 };
    expect(sizesChanged(undefined, sizes)).toBe(true);
    expect(sizesChanged(sizes, { ...sizes })).toBe(false);
    expect(sizesChanged(sizes, { ...sizes, font: 24 })).toBe(true);
  });
});

describe('labelCandidates', () => {
  it('leaves out nodes far off screen and the chain view’s backdrop', () => {
    const ids = labelCandidates(graph().nodes(), view, () => 13).map((c) => c.id);
    expect(ids.sort()).toEqual(['a', 'b']);
  });

  it('always names the selection and ranks its neighbour above a stranger', () => {
    const cy = graph();
    cy.add({ data: { id: 'c', display: 'Gamma' }, position: { x: 90, y: 90 } });
    cy.getElementById('a').select();
    const byId = new Map(labelCandidates(cy.nodes(), view, () => 13).map((c) => [c.id, c]));
    expect(byId.get('a')?.always).toBe(true);
    expect(byId.get('b')?.always).toBe(false);
    expect(byId.get('b')?.rank ?? 0).toBeGreaterThan(byId.get('c')?.rank ?? 0);
    expect(byId.get('b')?.short).toBe('B');
  });
});

describe('placeLabels', () => {
  it('hides the labels not placed and moves a placed one to its side', () => {
    const cy = graph();
    placeLabels(cy.nodes(), new Map([['a', 'right']]));
    expect(cy.getElementById('a').hasClass('label-right')).toBe(true);
    expect(cy.getElementById('a').hasClass('no-label')).toBe(false);
    expect(cy.getElementById('b').hasClass('no-label')).toBe(true);
    placeLabels(cy.nodes(), new Map([['a', 'below']]));
    expect(cy.getElementById('a').hasClass('label-right')).toBe(false);
  });
});
