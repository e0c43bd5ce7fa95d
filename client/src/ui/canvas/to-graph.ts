// Cytoscape elements back to the contract's Graph shape: what panels and
// exports get instead of Cytoscape objects.
import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Graph, GraphEdge, GraphNode } from '../../../../contract/index.js';

export function toGraph(col: Collection): Graph {
  const nodes: GraphNode[] = col.nodes().map((n: NodeSingular) => ({
    id: n.id(),
    labels: (n.data('labels') as string[] | undefined) ?? [],
    name: String(n.data('name') ?? n.id()),
    properties: (n.data('properties') as Record<string, unknown> | undefined) ?? {},
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = col
    .edges()
    .filter((e: EdgeSingular) => ids.has(e.source().id()) && ids.has(e.target().id()))
    .map((e: EdgeSingular) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type')),
      properties: (e.data('properties') as Record<string, unknown> | undefined) ?? {},
    }));
  return { nodes, edges };
}
