/**
 * A bidirectional breadth-first search whose work is capped by constants, not
 * by the graph: the bookkeeping only (levels, parents, where the two sides
 * meet, rebuilding paths, the caps). Reading the graph is the caller's
 * `expand`, one call per step, so this module does no I/O and is tested on
 * hand-written adjacency lists.
 */

/** One link read from a frontier node: the relationship, the node it reaches and that node's degree. */
export interface Link {
  rel: string;
  node: string;
  /** Links of the reached node (any type): which nodes a full frontier keeps, which paths to read back. */
  degree: number;
}

/** What one step read: each frontier node's links (at most `limit`, in the store's order). */
export interface Expansion {
  links: ReadonlyMap<string, readonly Link[]>;
  /** Frontier nodes whose links were not all looked at (the caller's own scan cap): their answer may be short. */
  unread: ReadonlySet<string>;
}

/** Reads one hop from every node of a frontier, at most `limit` links each; null when it was stopped (time). */
export type Expand = (frontier: readonly string[], limit: number) => Promise<Expansion | null>;

export interface SearchCaps {
  /** Nodes a frontier keeps; the rest are reached (they can still be where the sides meet) but not expanded. */
  frontier: number;
  /** Links read per frontier node. */
  links: number;
  /** Paths rebuilt at most. */
  paths: number;
}

export interface SearchOptions {
  from: string;
  to: string;
  /** Steps at most: each step adds one hop to one side, so no path found is longer. */
  maxDepth: number;
  /** Whether a node may be stepped through; the two ends always may. */
  passable: (node: string) => boolean;
  /** Go one step past the first meeting, to offer paths one hop longer too. */
  alternatives: boolean;
  caps: SearchCaps;
}

/** A path from `from` to `to`: its nodes in walk order, and the relationship of each hop. */
export interface FoundPath {
  nodes: string[];
  rels: string[];
}

export interface SearchResult {
  /** Shortest first, then through the least connected nodes (at most caps.paths). */
  paths: FoundPath[];
  /** A cap (frontier, links per node, the caller's scan or time) dropped something. */
  cut: boolean;
  /** How many expansions were asked. */
  steps: number;
}

interface Parent {
  node: string;
  rel: string;
}

/** One side of the search: the level each node was reached at and every parent one level up. */
class Side {
  readonly level = new Map<string, number>();
  readonly parents = new Map<string, Parent[]>();
  depth = 0;
  frontier: string[];

  constructor(readonly end: string) {
    this.level.set(end, 0);
    this.frontier = [end];
  }

  /** Every walk from this side's end to `node` through parents, end first; stops at `max`. */
  chains(node: string, max: number): FoundPath[] {
    if (node === this.end) return [{ nodes: [node], rels: [] }];
    const out: FoundPath[] = [];
    for (const p of this.parents.get(node) ?? []) {
      for (const c of this.chains(p.node, max - out.length)) {
        out.push({ nodes: [...c.nodes, node], rels: [...c.rels, p.rel] });
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}

/**
 * Walks enumerated before ranking: many shortest paths through a few nodes
 * multiply (3 parents a level over 6 levels is 729); this bounds the work
 * in the server while leaving room to choose the least connected 25.
 */
const MAX_CANDIDATES = 500;
/** Pairs of half-walks tried at most, those that repeat a node included: the CPU a rebuild may take. */
const MAX_TRIES = 20 * MAX_CANDIDATES;

export async function bidirectionalSearch(
  options: SearchOptions,
  expand: Expand,
): Promise<SearchResult> {
  const { from, to, caps } = options;
  const a = new Side(from);
  const b = new Side(to);
  const degree = new Map<string, number>();
  const canStep = (n: string) => n === from || n === to || options.passable(n);
  let cut = false;
  let steps = 0;
  let shortest = Infinity;
  let extra = false;
  while (steps < options.maxDepth) {
    // The smaller frontier costs less to expand; on a tie the shallower side
    // goes, so that two equal sides meet in the middle.
    const first =
      a.frontier.length < b.frontier.length ||
      (a.frontier.length === b.frontier.length && a.depth <= b.depth);
    const [side, other] = first ? [a, b] : [b, a];
    if (side.frontier.length === 0) break;
    const read = await expand(side.frontier, caps.links + 1);
    if (!read) {
      cut = true;
      break;
    }
    steps++;
    const reached: string[] = [];
    for (const x of side.frontier) {
      let links = read.links.get(x) ?? [];
      if (links.length > caps.links || read.unread.has(x)) cut = true;
      links = links.slice(0, caps.links);
      for (const link of links) {
        if (!canStep(link.node)) continue;
        degree.set(link.node, link.degree);
        const level = side.level.get(link.node);
        if (level === undefined) {
          side.level.set(link.node, side.depth + 1);
          side.parents.set(link.node, [{ node: x, rel: link.rel }]);
          reached.push(link.node);
        } else if (level === side.depth + 1) {
          const parents = side.parents.get(link.node) ?? [];
          if (!parents.some((p) => p.rel === link.rel)) parents.push({ node: x, rel: link.rel });
        }
      }
    }
    side.depth++;
    for (const y of reached) {
      const there = other.level.get(y);
      if (there !== undefined) shortest = Math.min(shortest, side.depth + there);
    }
    // The ends are never expanded again, and a hub kept out of the frontier
    // by canStep never got here: only the rest go on, least connected first.
    const next = reached
      .filter((n) => n !== from && n !== to)
      .sort((p, q) => (degree.get(p) ?? 0) - (degree.get(q) ?? 0) || p.localeCompare(q));
    if (next.length > caps.frontier) cut = true;
    side.frontier = next.slice(0, caps.frontier);
    if (shortest < Infinity) {
      if (!options.alternatives || extra) break;
      extra = true;
    }
  }
  const longest = shortest + (options.alternatives ? 1 : 0);
  return { paths: rebuild(a, b, longest, degree, caps.paths), cut, steps };
}

/** The paths through every node both sides reached, at most `longest` hops, least connected first. */
function rebuild(
  a: Side,
  b: Side,
  longest: number,
  degree: ReadonlyMap<string, number>,
  max: number,
): FoundPath[] {
  const found = new Map<string, FoundPath>();
  const meetings = [...a.level]
    .filter(([n, la]) => la + (b.level.get(n) ?? Infinity) <= longest)
    .map(([n]) => n)
    .sort((p, q) => (degree.get(p) ?? 0) - (degree.get(q) ?? 0) || p.localeCompare(q));
  let tries = 0;
  const full = () => found.size >= MAX_CANDIDATES || tries >= MAX_TRIES;
  for (const m of meetings) {
    const rights = b.chains(m, MAX_CANDIDATES);
    for (const left of a.chains(m, MAX_CANDIDATES)) {
      for (const right of rights) {
        tries++;
        const nodes = [...left.nodes, ...right.nodes.slice(0, -1).reverse()];
        // Where one side's walk came back through the other's, it is no path.
        if (new Set(nodes).size !== nodes.length) continue;
        const rels = [...left.rels, ...[...right.rels].reverse()];
        found.set(rels.join(' '), { nodes, rels });
        if (full()) break;
      }
      if (full()) break;
    }
    if (full()) break;
  }
  const generality = (p: FoundPath) =>
    p.nodes.slice(1, -1).reduce((sum, n) => sum + (degree.get(n) ?? 0), 0);
  return [...found.values()]
    .map((p) => ({ p, g: generality(p), key: p.rels.join(' ') }))
    .sort((x, y) => x.p.rels.length - y.p.rels.length || x.g - y.g || x.key.localeCompare(y.key))
    .slice(0, max)
    .map(({ p }) => p);
}
