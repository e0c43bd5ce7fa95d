// Force-directed positions computed without a screen: a headless Cytoscape
// with the fcose extension. It runs in the layout worker (so a large graph's
// layout never blocks the page) and in unit tests under Node.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layouts.js';

cytoscape.use(fcose);

export interface Point {
  x: number;
  y: number;
}

export interface LayoutInput {
  nodes: { id: string; position: Point }[];
  edges: { id: string; source: string; target: string }[];
}

/**
 * fcose's positions for `input`, starting from each node's current place
 * (so a reload that seeded the same places gets the same picture). Large
 * graphs use fcose's "draft" quality: its spectral start alone is already
 * readable, and the refinement is what grows fastest with size.
 */
export function fcosePositions(input: LayoutInput): Record<string, Point> {
  const ids = new Set(input.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id },
        position: n.position,
      })),
      ...input.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  // fcose's own options are not in Cytoscape's LayoutOptions type (layouts.ts casts the same way).
  const options: LayoutOptions = Object.assign(layoutOptions('fcose'), {
    animate: false,
    quality: input.nodes.length > 1500 ? 'draft' : 'default',
  });
  cy.layout(options).run();
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    out[n.id()] = { x, y };
  });
  cy.destroy();
  return out;
}
