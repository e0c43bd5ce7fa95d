// Turns the contract's Graph payload into Cytoscape element definitions and
// merges payloads into what is already on the canvas. Pure: no Cytoscape
// instance is needed, so it is tested headless.
import type { ElementDefinition } from 'cytoscape';
import {
  basisOf,
  type Basis,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../../contract/index.js';

export interface NodeData {
  id: string;
  name: string;
  /** The first label: what the node is styled by. */
  label: string;
  labels: string[];
  properties: Record<string, unknown>;
  /** Display text: the name, shortened so labels stay legible. */
  display: string;
  /** The short name drawn where the display text has no room (graph/labels.ts). */
  short: string;
  [key: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
  /** Source ids cited by this relationship. */
  sources: string[];
  /** How the reports support it (stated, inferred, background); absent when the data does not say. */
  basis?: Basis;
  [key: string]: unknown;
}

/**
 * The label a node is styled and counted by. `order` is the schema's labels,
 * most common first; among a node's labels the rarest (the most specific,
 * e.g. Ministry over Organisation) wins.
 */
export function primaryLabel(labels: readonly string[], order: readonly string[] = []): string {
  if (labels.length === 0) return 'Node';
  if (order.length > 0) {
    let best: string | undefined;
    let bestIndex = -1;
    for (const l of labels) {
      const i = order.indexOf(l);
      if (i > bestIndex) {
        bestIndex = i;
        best = l;
      }
    }
    if (best) return best;
  }
  return labels[0] ?? 'Node';
}

export function shorten(text: string, max = 28): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Longest short name, characters (an ellipsis included). */
export const SHORT_MAX = 16;

/** Whether an alias reads as a name: letters, no file name or id, not longer than a short name. */
function usableAlias(a: string): boolean {
  return /\p{L}/u.test(a) && !/[._:/]/.test(a) && a.length <= SHORT_MAX;
}

/**
 * A node's short name, at most SHORT_MAX characters: the name itself when
 * short enough, else its shortest alias that reads as a name ("MEA" for the
 * Ministry of External Affairs), else the name cut at a word with an ellipsis.
 */
export function shortName(name: string, aliases: readonly string[] = []): string {
  const text = name.replace(/…$/, '');
  if (name.length <= SHORT_MAX) return name;
  const alias = aliases.filter(usableAlias).sort((a, b) => a.length - b.length)[0];
  if (alias) return alias;
  const room = text.slice(0, SHORT_MAX - 1);
  const cut = room.lastIndexOf(' ');
  // A first word longer than the room is cut where the room ends.
  const head = cut >= SHORT_MAX / 2 ? room.slice(0, cut) : room;
  return `${head.replace(/[\s,:;–—-]+$/, '')}…`;
}

export interface ElementOptions {
  /** Ids already on the canvas, so edges to them are kept. */
  present?: ReadonlySet<string>;
  /** /api/schema's labels, most common first. */
  labelOrder?: readonly string[];
  /** The dataset's event label (from the schema profile). */
  eventLabel?: string | undefined;
}

export function nodeData(n: GraphNode, opts: ElementOptions = {}): NodeData {
  return {
    id: n.id,
    name: n.name,
    label: primaryLabel(n.labels, opts.labelOrder),
    labels: n.labels,
    properties: n.properties,
    display: shorten(n.name),
    short: shortName(n.name, aliasesOf(n)),
    isEvent: opts.eventLabel ? n.labels.includes(opts.eventLabel) : false,
    date: typeof n.properties['date'] === 'string' ? n.properties['date'] : undefined,
    // An editor's unpublished draft (ui/curation/draft-layer.ts): drawn dashed.
    ...(typeof n.properties['_draft'] === 'string' ? { draft: true } : {}),
  };
}

/** A node's aliases, when its properties list them. */
function aliasesOf(n: GraphNode): string[] {
  const a = n.properties['aliases'];
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
}

export function edgeSources(e: GraphEdge): string[] {
  const s = e.properties['sources'];
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : [];
}

export function edgeData(e: GraphEdge): EdgeData {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    properties: e.properties,
    sources: edgeSources(e),
    ...(basisOf(e.properties) ? { basis: basisOf(e.properties) ?? undefined } : {}),
    ...(typeof e.properties['_draft'] === 'string' ? { draft: true } : {}),
  };
}

/**
 * Elements for a payload. Edges whose ends are missing from both the payload
 * and `present` are dropped: Cytoscape refuses dangling edges.
 */
export function toElements(graph: Graph, opts: ElementOptions = {}): ElementDefinition[] {
  const ids = new Set(opts.present ?? []);
  const out: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const n of graph.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    ids.add(n.id);
    out.push({ group: 'nodes', data: nodeData(n, opts) });
  }
  for (const e of graph.edges) {
    if (seen.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) continue;
    seen.add(e.id);
    out.push({ group: 'edges', data: edgeData(e) });
  }
  return out;
}

/** The union of two payloads; later payloads win for properties of the same id. */
export function mergeGraphs(a: Graph, b: Graph): Graph {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  for (const n of b.nodes) nodes.set(n.id, n);
  const edges = new Map(a.edges.map((e) => [e.id, e]));
  for (const e of b.edges) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** What a payload adds to a canvas that already holds `present` ids. */
export function newElements(graph: Graph, present: ReadonlySet<string>): Graph {
  return {
    nodes: graph.nodes.filter((n) => !present.has(n.id)),
    edges: graph.edges.filter((e) => !present.has(e.id)),
  };
}

/** Removes nodes and every edge touching them. */
export function removeNodes(graph: Graph, ids: ReadonlySet<string>): Graph {
  return {
    nodes: graph.nodes.filter((n) => !ids.has(n.id)),
    edges: graph.edges.filter((e) => !ids.has(e.source) && !ids.has(e.target)),
  };
}

/** Counts per label and per relationship type, for legends and filters. */
export function countKinds(graph: Graph, labelOrder: readonly string[] = []) {
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  for (const n of graph.nodes) {
    const l = primaryLabel(n.labels, labelOrder);
    labels.set(l, (labels.get(l) ?? 0) + 1);
  }
  for (const e of graph.edges) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  return { labels, types };
}
