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

/** Above this many nodes fcose starts from a random spread and refines fewer times (see below). */
const LARGE = 1500;

/**
 * fcose's positions for `input`. A graph up to LARGE nodes starts from each
 * node's current place (so a reload that seeded the same places gets the
 * same picture). A larger one starts from fcose's random spread and stops
 * after 250 refinements: fcose's spectral "draft" would be faster but puts
 * many nodes on the same spot (88 distinct columns for 5,000 nodes here),
 * and starting from current places is what fcose's crash on a component
 * without a spectral start needs avoided.
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
  const large = input.nodes.length > LARGE;
  const options: LayoutOptions = Object.assign(
    layoutOptions('fcose'),
    { animate: false },
    large ? { randomize: true, numIter: 250 } : {},
  );
  cy.layout(options).run();
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    out[n.id()] = { x, y };
  });
  cy.destroy();
  return out;
}
