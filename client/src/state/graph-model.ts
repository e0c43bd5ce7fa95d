// The loaded graph as state: every element with its provenance (which
// expansion, query, path or view brought it), the pinned nodes with their
// places, and the nodes hidden by hand. It changes only through the named
// actions below, each a pure function returning the next state (the same
// object when nothing changes), so undo is the history of states
// (state/action-history.ts) and the canvas binding draws a state by diffing
// it against the last one (state/graph-diff.ts).
import type { Graph, GraphEdge, GraphNode } from '../../../contract/index.js';
import type { GraphSpec } from './url-state.js';

export interface Point {
  x: number;
  y: number;
}

/** A node let go after a drag by hand: where it now stands and where it was picked up. */
export interface NodeMove {
  readonly id: string;
  readonly at: Point;
  readonly from?: Point;
}

/**
 * Where elements came from: `overview`, `expand:<node id>`, `query:<cypher>`,
 * `path:<from>|<to>`, `chain:<event id>`, `view:<name>`, `link` (ids a link named).
 */
export type Origin = string;

export interface LoadedGraph {
  readonly nodes: Readonly<Record<string, GraphNode>>;
  readonly edges: Readonly<Record<string, GraphEdge>>;
  /** Each element's origins; it leaves with its last one. */
  readonly origins: Readonly<Record<string, readonly Origin[]>>;
  /** Pinned nodes and where they stand. */
  readonly pins: Readonly<Record<string, Point>>;
  /**
   * Unpinned nodes the person dragged, and where they let them go: a link
   * puts them back there, and layouts leave them where they were put.
   */
  readonly moved: Readonly<Record<string, Point>>;
  /** Nodes hidden by hand, in the order they were hidden. */
  readonly hidden: readonly string[];
  /**
   * Where the nodes stood when the next step was taken (undo puts them back
   * there); absent when no step has moved anything yet.
   */
  readonly places?: Readonly<Record<string, Point>> | undefined;
}

export const EMPTY_GRAPH: LoadedGraph = Object.freeze({
  nodes: {},
  edges: {},
  origins: {},
  pins: {},
  moved: {},
  hidden: [],
});

export const expansionOrigin = (id: string): Origin => `expand:${id}`;
export const queryOrigin = (cypher: string): Origin => `query:${cypher}`;

function withOrigin(origins: readonly Origin[] | undefined, origin: Origin): readonly Origin[] {
  if (!origins) return [origin];
  return origins.includes(origin) ? origins : [...origins, origin];
}

/**
 * Adds a graph under an origin. An edge comes only with both ends (already
 * there or in the graph); an element already loaded gains the origin.
 */
export function addGraph(s: LoadedGraph, graph: Graph, origin: Origin): LoadedGraph {
  const nodes = { ...s.nodes };
  const edges = { ...s.edges };
  const origins = { ...s.origins };
  let changed = false;
  const note = (id: string) => {
    const next = withOrigin(origins[id], origin);
    if (next !== origins[id]) {
      origins[id] = next;
      changed = true;
    }
  };
  for (const n of graph.nodes) {
    if (!nodes[n.id]) nodes[n.id] = n;
    note(n.id);
  }
  for (const e of graph.edges) {
    if (!nodes[e.source] || !nodes[e.target]) continue;
    if (!edges[e.id]) edges[e.id] = e;
    note(e.id);
  }
  return changed ? { ...s, nodes, edges, origins } : s;
}

/** A node's neighbours brought in: the same as adding them under `expand:<id>`. */
export function expand(s: LoadedGraph, id: string, neighbours: Graph): LoadedGraph {
  return addGraph(s, neighbours, expansionOrigin(id));
}

/** A workbench result put on the canvas, the relationships among its nodes with it. */
export function addQueryResult(s: LoadedGraph, cypher: string, result: Graph): LoadedGraph {
  return addGraph(s, result, queryOrigin(cypher));
}

/**
 * Takes an origin back: what only it brought leaves, except pinned nodes
 * (a person put them somewhere on purpose), and with a node go its edges.
 */
export function removeOrigin(s: LoadedGraph, origin: Origin): LoadedGraph {
  const origins: Record<string, readonly Origin[]> = {};
  const gone = new Set<string>();
  let changed = false;
  for (const [id, list] of Object.entries(s.origins)) {
    if (!list.includes(origin)) {
      origins[id] = list;
      continue;
    }
    changed = true;
    const rest = list.filter((o) => o !== origin);
    if (rest.length > 0 || s.pins[id]) origins[id] = rest.length > 0 ? rest : list;
    else gone.add(id);
  }
  if (!changed) return s;
  const nodes = Object.fromEntries(Object.entries(s.nodes).filter(([id]) => !gone.has(id)));
  const edges = Object.fromEntries(
    Object.entries(s.edges).filter(
      ([id, e]) => !gone.has(id) && nodes[e.source] !== undefined && nodes[e.target] !== undefined,
    ),
  );
  for (const id of Object.keys(origins)) if (!nodes[id] && !edges[id]) delete origins[id];
  const hidden = s.hidden.filter((id) => nodes[id] !== undefined);
  const moved = Object.fromEntries(Object.entries(s.moved).filter(([id]) => nodes[id]));
  return { ...s, nodes, edges, origins, hidden, moved };
}

/** Undoes one node's expansion. */
export function collapse(s: LoadedGraph, id: string): LoadedGraph {
  return removeOrigin(s, expansionOrigin(id));
}

/** Hides loaded nodes by hand. */
export function hide(s: LoadedGraph, ids: readonly string[]): LoadedGraph {
  const add = ids.filter((id) => s.nodes[id] && !s.hidden.includes(id));
  return add.length ? { ...s, hidden: [...s.hidden, ...new Set(add)] } : s;
}

/** Shows nodes hidden by hand (all of them when `ids` is absent). */
export function show(s: LoadedGraph, ids?: readonly string[]): LoadedGraph {
  if (s.hidden.length === 0) return s;
  const out = ids ? s.hidden.filter((id) => !ids.includes(id)) : [];
  return out.length === s.hidden.length ? s : { ...s, hidden: out };
}

/** Pins a loaded node where it stands (or moves a pinned one); its pin holds its place now. */
export function pin(s: LoadedGraph, id: string, at: Point): LoadedGraph {
  if (!s.nodes[id]) return s;
  const was = s.pins[id];
  if (was && was.x === at.x && was.y === at.y) return s;
  const moved = { ...s.moved };
  delete moved[id];
  return { ...s, pins: { ...s.pins, [id]: { x: at.x, y: at.y } }, moved };
}

/** A node dragged by hand and let go at `at`: a pinned one stays pinned there. */
export function move(s: LoadedGraph, id: string, at: Point): LoadedGraph {
  if (!s.nodes[id]) return s;
  if (s.pins[id]) return pin(s, id, at);
  const was = s.moved[id];
  if (was && was.x === at.x && was.y === at.y) return s;
  return { ...s, moved: { ...s.moved, [id]: { x: at.x, y: at.y } } };
}

export function unpin(s: LoadedGraph, id: string): LoadedGraph {
  if (!s.pins[id]) return s;
  const pins = { ...s.pins };
  delete pins[id];
  return { ...s, pins };
}

/** Notes where the nodes stand now, before a step that may move them (an expansion's layout). */
export function placed(s: LoadedGraph, places: Readonly<Record<string, Point>>): LoadedGraph {
  return { ...s, places };
}

/** Replaces everything with a saved or linked view's graph. */
export function applyView(s: LoadedGraph, view: LoadedGraph): LoadedGraph {
  return s === view ? s : view;
}

/** The loaded graph as the API's shape, nodes and edges in the order they came. */
export function toGraph(s: LoadedGraph): Graph {
  return { nodes: Object.values(s.nodes), edges: Object.values(s.edges) };
}

/**
 * Origins that say how the view was built, not what a panel added: a link
 * rebuilds them itself (a saved view's elements come back from its own
 * link: the overview, its expansions and what it names as added).
 */
const REBUILT = (o: Origin) =>
  o === 'overview' ||
  o === 'link' ||
  // An editor's drafts are drawn again from the server, never named by a link a reader may get.
  o === 'drafts' ||
  o.startsWith('expand:') ||
  o.startsWith('view:');

/** Nodes only a panel brought (a query's result, a path, a chain): what a link must name. */
export function addedIds(s: LoadedGraph): string[] {
  return Object.keys(s.nodes).filter((id) => !(s.origins[id] ?? []).some(REBUILT));
}

/** The nodes expanded by hand, in the order first expanded. */
export function expandedIds(s: LoadedGraph): string[] {
  const out = new Set<string>();
  for (const list of Object.values(s.origins))
    for (const o of list) if (o.startsWith('expand:')) out.add(o.slice('expand:'.length));
  return [...out];
}

const whole = (places: Readonly<Record<string, Point>>) =>
  Object.fromEntries(
    Object.entries(places).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]),
  );

/**
 * What a link must say to load this graph again: the expansions, the nodes
 * hidden by hand, the pins and the moved nodes with their places (whole
 * numbers) and what panels added. The store keeps only the graph; the URL is written from this.
 */
export function specOf(s: LoadedGraph): GraphSpec {
  return {
    expanded: expandedIds(s),
    hiddenNodes: [...s.hidden],
    pinned: Object.keys(s.pins),
    pinnedAt: whole(s.pins),
    movedAt: whole(s.moved),
    added: addedIds(s),
  };
}
