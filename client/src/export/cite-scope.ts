// What a citation covers: the visible subgraph, the selection, or one report
// (a source card's Cite). Pure, so each scope can be checked without a page.
import type { Graph } from '../../../contract/index.js';
import { citedSourceIds } from './citations.js';

export type CiteScope =
  | { kind: 'visible' }
  | { kind: 'selection'; selected: ReadonlySet<string> }
  | { kind: 'source'; id: string };

/** The graph cut to the selected nodes and relationships. */
export function selectedGraph(graph: Graph, selected: ReadonlySet<string>): Graph {
  return {
    nodes: graph.nodes.filter((n) => selected.has(n.id)),
    edges: graph.edges.filter((e) => selected.has(e.id)),
  };
}

/** True when the scope needs to know which nodes each source supports (one request a source). */
export function needsSupport(scope: CiteScope): boolean {
  return scope.kind !== 'source';
}

/**
 * The ids of the sources a scope cites: one report is itself and nothing
 * else, whatever the canvas shows; the others are what the (cut) visible
 * graph cites.
 */
export function scopeSourceIds(
  scope: CiteScope,
  visible: Graph,
  sourceLabel: string | undefined,
  supportedBy: ReadonlyMap<string, readonly string[]> = new Map(),
): Set<string> {
  if (scope.kind === 'source') return new Set([scope.id]);
  const graph = scope.kind === 'selection' ? selectedGraph(visible, scope.selected) : visible;
  return citedSourceIds(graph, sourceLabel, supportedBy);
}

/** Said when a scope cites nothing. */
export function nothingCited(scope: CiteScope): string {
  if (scope.kind === 'source') return 'This report is not in the source list.';
  return `Nothing in ${scope.kind === 'selection' ? 'the selection' : 'view'} cites a source.`;
}
