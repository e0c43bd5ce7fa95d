// The visible graph as Cytoscape JSON (what cytoscape({ elements }) accepts),
// with positions so it opens as it was laid out.
import type { Graph } from '../../../contract/index.js';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export function toCytoscapeJson(graph: Graph, positions: Positions = new Map()) {
  return {
    format_version: '1.0',
    generated_by: 'graph explorer',
    elements: {
      nodes: graph.nodes.map((n) => ({
        data: { id: n.id, name: n.name, labels: n.labels, ...prefixed(n.properties) },
        ...(positions.has(n.id) ? { position: positions.get(n.id) } : {}),
      })),
      edges: graph.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          ...prefixed(e.properties),
        },
      })),
    },
  };
}

/** Properties go beside id/source/target; those names are reserved by Cytoscape. */
function prefixed(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props))
    out[['id', 'source', 'target', 'parent'].includes(k) ? `prop_${k}` : k] = v;
  return out;
}
