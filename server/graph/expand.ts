import { ident } from '../../core/dataset/profile.js';

/**
 * Caps that keep a neighbourhood's cost independent of the graph's size and
 * of a hub's degree. A first hop reads at most READ of the centre's links;
 * the as-of and label filters apply to those, and at most SCAN distinct
 * nodes are kept. A deeper hop continues from the FRONTIER best-ranked nodes
 * of the previous one and reads at most PER_NODE_READ links of each,
 * keeping PER_NODE neighbours. Links among the chosen nodes are read from the
 * nodes with at most DENSE relationships (a hub's links to them are found
 * from their side).
 */
export const expandCaps = {
  read: 10_000,
  scan: 2_000,
  frontier: 100,
  perNodeRead: 200,
  perNode: 50,
  dense: 1_000,
};

export type Direction = 'out' | 'in' | 'both';

/** A relationship pattern named `r` over the given types (never empty: no types matches nothing). */
export function relPattern(r: string, types: string[], direction: Direction): string {
  const list = types.length > 0 ? types.map(ident).join('|') : ident('__none__');
  const inner = `[${r}:${list}]`;
  return direction === 'out' ? `-${inner}->` : direction === 'in' ? `<-${inner}-` : `-${inner}-`;
}

/** What a hop keeps of the links it reads: visible links to visible nodes, those wanted first. */
export interface HopFilter {
  /** Cypher on `r` and `m`: the link and the node may be walked (the as-of date). */
  visible: string;
  /**
   * Cypher on `m`, or undefined when every node is wanted: nodes the answer
   * wants (a label filter), kept before the others when the cap bites.
   */
  wanted?: string | undefined;
}

/**
 * The reads of one hop from `from`: at most `$<readCap>` links, then the
 * filter, then at most `$<keepCap>` distinct nodes `m`, wanted ones first,
 * each with `via`, the element id of one link the walk followed to reach it
 * (first hop only; an id, not the link, so a hub's rows hold little memory). Capping the links
 * read before filtering keeps a hub's cost bounded when the filter drops most
 * of them; filtering before the node cap keeps wanted nodes from being
 * crowded out by the others.
 */
function hopReads(
  from: string,
  rel: string,
  f: HopFilter,
  caps: { read: string; keep: string },
  withVia: boolean,
) {
  // Deeper hops keep no link: their rows carry the hops before them, and an
  // aggregation there would hold every row (and those lists) in memory.
  const via = withVia ? 'min(elementId(r))' : 'null';
  const keep = f.wanted
    ? `WITH m, ${via} AS via, (${f.wanted}) AS wanted ORDER BY wanted DESC LIMIT $${caps.keep}`
    : withVia
      ? `WITH m, ${via} AS via LIMIT $${caps.keep}`
      : `WITH DISTINCT m LIMIT $${caps.keep} WITH m, null AS via`;
  return `MATCH (${from})${rel}(m) WHERE m <> c
         WITH r, m LIMIT $${caps.read}
         WITH r, m WHERE (${f.visible})
         ${keep}`;
}

/**
 * Cypher for hop `k` (1-based) returning `hop<k>`: distinct nodes one step
 * from the centre `c` (k = 1) or from the frontier of `hop<k-1>`, ranked
 * most connected first, at most $scan of them; `via<k>`, pairs of each
 * dense one (more than $dense links) and the id of the link that reached it
 * (first hop only); and `cut<k>`, true when a cap may have cut the hop (the
 * centre has more links than the read cap, a frontier node more than the
 * per-node cap, the previous hop more nodes than the frontier, or the hop
 * reached the scan cap). The degree used for ranking comes from Neo4j's
 * degree store, so ranking costs one lookup per node; so does telling
 * whether a frontier node was cut (every link counted: it over-states,
 * never under-states). The lists a hop returns ride along with every row of
 * the hops after it, so they hold no more than they must.
 */
export function hopCypher(k: number, rel: string, filter: HopFilter, count: string): string {
  // Only dense nodes keep their link's id: the list rides along with every
  // row of the steps after it, and Neo4j counts its memory once per row.
  const rank = `WITH m, via, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name
       RETURN collect(m) AS hop${k},
              collect(CASE WHEN degree > $dense AND via IS NOT NULL THEN [m, via] END) AS via${k}`;
  if (k === 1) {
    return `CALL (c) {
       ${hopReads('c', rel, filter, { read: 'read', keep: 'scan' }, true)}
       ${rank}
     }
     WITH *, ${count} > $read OR size(hop1) >= $scan AS cut1`;
  }
  const prev = `hop${k - 1}`;
  return `CALL (c, ${prev}) {
       UNWIND ${prev}[0..$frontier] AS f
       CALL (c, f) {
         ${hopReads('f', rel, filter, { read: 'perNodeRead', keep: 'perNode' }, false)}
         RETURN m, via
       }
       WITH DISTINCT m LIMIT $scan
       WITH m, null AS via
       ${rank}
     }
     WITH *, size(${prev}) > $frontier OR size(hop${k}) >= $scan
       OR any(f IN ${prev}[0..$frontier] WHERE COUNT { (f)--() } > $perNode) AS cut${k}`;
}

/**
 * Cypher returning `rels`, the links among the nodes of list `ns` that a
 * neighbourhood shows, and `linksCut`: sparse nodes are expanded in full
 * (their links to dense nodes included); between two dense nodes only the
 * links the walk followed are kept (`vias`: pairs of a dense node reached
 * and the id of the link that reached it), since
 * checking a pair reads the smaller one's links and two hubs' smaller side
 * can hold thousands. `linksCut` says so when two or more dense nodes are shown.
 */
export function linksReached(ns: string, vias: string, types: string[], relVisible: string) {
  return `CALL (${ns}, ${vias}) {
       UNWIND ${ns} AS a
       WITH a, COUNT { (a)--() } > $dense AS isDense
       WITH collect(CASE WHEN isDense THEN a END) AS dense,
            collect(CASE WHEN NOT isDense THEN a END) AS sparse
       CALL (sparse, ${ns}) {
         UNWIND sparse AS a
         MATCH (a)${relPattern('r', types, 'both')}(b) WHERE b IN ${ns} AND (${relVisible})
         RETURN collect(DISTINCT r) AS fromSparse
       }
       CALL (dense, ${vias}) {
         UNWIND ${vias} AS pair
         WITH pair[1] AS via WHERE size(dense) > 1 AND pair[0] IN dense
         CALL (via) { MATCH ()-[r]->() WHERE elementId(r) = via RETURN r }
         WITH r WHERE startNode(r) IN dense AND endNode(r) IN dense
         RETURN collect(DISTINCT r) AS amongDense
       }
       RETURN fromSparse + amongDense AS rels, size(dense) > 1 AS linksCut
     }`;
}

/**
 * Cypher returning `rels`, the relationships of the given pattern among the
 * nodes of list `ns`, without reading all of a hub's relationships: sparse
 * nodes are expanded in full, pairs of dense nodes are checked pairwise
 * (Expand(Into), which Neo4j reads from the side with fewer links of those
 * types), so the cost is bounded by the caps, not by degrees. A dense node
 * is never paired with itself: checking it for loops would read every one
 * of its outgoing links (8,182 db hits for the medium bench graph's biggest
 * hub, in every neighbourhood that reaches it), so a dense node's
 * self-loops are left out; a sparse node's are kept.
 */
export function linksAmong(ns: string, types: string[], relVisible: string): string {
  const rel = relPattern('r', types, 'out');
  return `CALL (${ns}) {
       UNWIND ${ns} AS a
       WITH a, COUNT { (a)--() } > $dense AS isDense
       WITH collect(CASE WHEN isDense THEN a END) AS dense,
            collect(CASE WHEN NOT isDense THEN a END) AS sparse
       CALL (sparse, ${ns}) {
         UNWIND sparse AS a
         MATCH (a)${relPattern('r', types, 'both')}(b) WHERE b IN ${ns} AND (${relVisible})
         RETURN collect(DISTINCT r) AS fromSparse
       }
       CALL (dense) {
         UNWIND dense AS a
         UNWIND dense AS b
         WITH a, b WHERE a <> b
         MATCH (a)${rel}(b) WHERE (${relVisible})
         RETURN collect(r) AS amongDense
       }
       RETURN fromSparse + amongDense AS rels
     }`;
}
