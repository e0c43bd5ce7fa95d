// @vitest-environment happy-dom
// The main canvas's level of detail by size, on a headless Cytoscape: names
// a large canvas starts without, and the label placement of a huge one.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../../contract/index.js';
import { HUGE_GRAPH } from '../../../../../client/src/graph/style.js';
import { LARGE_GRAPH } from '../../../../../client/src/graph/viewport.js';
import { Canvas } from '../../../../../client/src/ui/canvas.js';
import { LabelDetail } from '../../../../../client/src/ui/canvas/labels.js';

/** `n` unconnected nodes. */
const nodes = (n: number): Graph => ({
  nodes: Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    labels: ['Country'],
    name: `Node ${i}`,
    properties: {},
  })),
  edges: [],
});

const cyOf = (c: Canvas) => (c as unknown as { cy: Core }).cy;

describe('a canvas past LARGE_GRAPH elements', () => {
  it('adds its nodes without a drawn name; a small one adds them named', () => {
    const large = new Canvas(undefined);
    large.add(nodes(LARGE_GRAPH + 1));
    expect(cyOf(large).nodes('.no-label').length).toBe(LARGE_GRAPH + 1);
    const small = new Canvas(undefined);
    small.add(nodes(10));
    expect(cyOf(small).nodes('.no-label').length).toBe(0);
  });

  it('styles the new elements with the lighter stylesheet as they arrive', () => {
    const c = new Canvas(undefined);
    c.add({
      nodes: nodes(LARGE_GRAPH).nodes,
      edges: [{ id: 'e', source: 'n0', target: 'n1', type: 'NEAR', properties: {} }],
    });
    expect(cyOf(c).getElementById('e').style('curve-style')).toBe('haystack');
  });
});

describe('LabelDetail past HUGE_GRAPH elements, zoomed out', () => {
  // A few nodes; the count the level of detail reads stands in for the rest.
  function huge() {
    const els: ElementDefinition[] = [];
    for (let i = 0; i < 6; i++)
      els.push({
        data: { id: `n${i}`, display: `Node ${i}` },
        position: { x: i % 10, y: 0 },
        classes: i === 2 ? 'label-right' : 'no-label',
      });
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: els });
    cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } });
    return cy;
  }

  it("names the selection and takes every other node's name off", () => {
    const cy = huge();
    cy.getElementById('n1').select();
    new LabelDetail(
      cy,
      () => cy.nodes(),
      undefined,
      () => HUGE_GRAPH + 1,
    ).update();
    expect(cy.getElementById('n1').hasClass('no-label')).toBe(false);
    expect(cy.getElementById('n2').hasClass('label-right')).toBe(false);
    expect(cy.getElementById('n2').hasClass('no-label')).toBe(true);
  });

  it('places every label again at an ordinary size', () => {
    const cy = huge();
    new LabelDetail(
      cy,
      () => cy.nodes(),
      undefined,
      () => HUGE_GRAPH,
    ).update();
    expect(cy.getElementById('n2').hasClass('label-right')).toBe(false);
  });

  it('names a highlighted path node too', () => {
    const cy = huge();
    cy.getElementById('n4').addClass('highlight');
    new LabelDetail(
      cy,
      () => cy.nodes(),
      undefined,
      () => HUGE_GRAPH + 1,
    ).update();
    expect(cy.getElementById('n4').hasClass('no-label')).toBe(false);
  });
});
