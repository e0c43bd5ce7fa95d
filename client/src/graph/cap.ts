// The view-wide cap: past DRAW_CAP elements the canvas draws only the most
// relevant ones and tells how many more it holds. Nobody reads thousands of
// nodes at once, and a software-rendered canvas pans smoothly only up to a
// few thousand elements. Pure: the canvas lists what it holds, this decides.
//
// The order, most relevant first:
//   1. the selection (and the ends of a selected relationship) and ids the
//      canvas must show (a node picked in search or a panel);
//   2. their neighbours;
//   3. pinned nodes;
//   4. the rest, growing outward from what is drawn: first the node with the
//      most relationships to drawn nodes, then the best connected (degree
//      among everything held), then by id, so the same graph always draws
//      the same part. A part that hangs together reads better than the same
//      number of scattered nodes, and draws faster (fewer, linked nodes).
// Hidden or filtered-out nodes come last: they take no place on screen, so
// they should take none of the cap either. Nodes are taken in that order
// with every relationship between taken nodes, until the next node and its
// relationships would pass the cap. A relationship is drawn only with both
// of its ends.

/** Elements (nodes + relationships) drawn at most, unless the person asks for all. */
export const DRAW_CAP = 5_000;

export interface CapNode {
  id: string;
  pinned?: boolean;
  /** Hidden by hand or filtered out. */
  hidden?: boolean;
}

export interface CapEdge {
  id: string;
  source: string;
  target: string;
}

export interface CapChoice {
  nodes: Set<string>;
  edges: Set<string>;
  /** Elements that could be drawn but are not: the notice's "N more". */
  left: number;
}

const TIER = { first: 3, near: 2, pinned: 1, rest: 0, hidden: -1 } as const;

interface Candidate {
  id: string;
  tier: number;
  links: number;
  degree: number;
}

/** Whether candidate a is taken before b. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.tier !== b.tier) return a.tier > b.tier;
  if (a.links !== b.links) return a.links > b.links;
  if (a.degree !== b.degree) return a.degree > b.degree;
  return a.id < b.id;
}

/** A binary heap: the first by `first` on top. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly first: (a: T, b: T) => boolean) {}

  push(x: T): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      const [ai, ap] = [a[i] as T, a[p] as T];
      if (!this.first(ai, ap)) break;
      [a[i], a[p]] = [ap, ai];
      i = p;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && this.first(a[l] as T, a[m] as T)) m = l;
      if (r < a.length && this.first(a[r] as T, a[m] as T)) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m] as T, a[i] as T];
      i = m;
    }
    return top;
  }
}

/** The elements to draw: at most `cap`, the most relevant first (see above). */
export function chooseDrawn(
  nodes: readonly CapNode[],
  edges: readonly CapEdge[],
  first: ReadonlySet<string> = new Set(),
  cap = DRAW_CAP,
): CapChoice {
  const ids = new Set(nodes.map((n) => n.id));
  // A relationship whose end is not held can never be drawn.
  const usable = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  if (nodes.length + usable.length <= cap)
    return { nodes: ids, edges: new Set(usable.map((e) => e.id)), left: 0 };

  const adjacent = new Map<string, CapEdge[]>();
  const link = (id: string, e: CapEdge) => {
    const list = adjacent.get(id);
    if (list) list.push(e);
    else adjacent.set(id, [e]);
  };
  const top = new Set<string>();
  for (const id of first) top.add(id);
  for (const e of usable) {
    link(e.source, e);
    if (e.target !== e.source) link(e.target, e);
    if (first.has(e.id)) top.add(e.source).add(e.target);
  }
  const near = new Set<string>();
  for (const id of top)
    for (const e of adjacent.get(id) ?? []) near.add(e.source === id ? e.target : e.source);

  const tier = new Map<string, number>();
  for (const n of nodes)
    tier.set(
      n.id,
      n.hidden
        ? TIER.hidden
        : top.has(n.id)
          ? TIER.first
          : near.has(n.id)
            ? TIER.near
            : n.pinned
              ? TIER.pinned
              : TIER.rest,
    );
  const degree = (id: string) => adjacent.get(id)?.length ?? 0;
  // Relationships from each node to nodes already drawn: the picture grows
  // outward from what is drawn, so it stays connected rather than scattered.
  const links = new Map<string, number>();
  const heap = new Heap<Candidate>(before);
  for (const n of nodes)
    heap.push({ id: n.id, tier: tier.get(n.id) ?? 0, links: 0, degree: degree(n.id) });

  const drawnNodes = new Set<string>();
  const drawnEdges = new Set<string>();
  for (let c = heap.pop(); c; c = heap.pop()) {
    // A stale entry: the node was drawn, or has gained links since.
    if (drawnNodes.has(c.id) || c.links !== (links.get(c.id) ?? 0)) continue;
    const joining = (adjacent.get(c.id) ?? []).filter((e) => {
      const other = e.source === c.id ? e.target : e.source;
      return other === c.id || drawnNodes.has(other);
    });
    if (drawnNodes.size + drawnEdges.size + 1 + joining.length > cap) break;
    drawnNodes.add(c.id);
    for (const e of joining) drawnEdges.add(e.id);
    for (const e of adjacent.get(c.id) ?? []) {
      const other = e.source === c.id ? e.target : e.source;
      if (drawnNodes.has(other)) continue;
      const l = (links.get(other) ?? 0) + 1;
      links.set(other, l);
      heap.push({ id: other, tier: tier.get(other) ?? 0, links: l, degree: degree(other) });
    }
  }
  return {
    nodes: drawnNodes,
    edges: drawnEdges,
    left: nodes.length + usable.length - drawnNodes.size - drawnEdges.size,
  };
}
