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
 * each with `via`, one link the walk followed to reach it. Capping the links
 * read before filtering keeps a hub's cost bounded when the filter drops most
 * of them; filtering before the node cap keeps wanted nodes from being
 * crowded out by the others.
 */
function hopReads(from: string, rel: string, f: HopFilter, readCap: string, keepCap: string) {
  const keep = f.wanted
    ? `WITH m, head(collect(r)) AS via, (${f.wanted}) AS wanted ORDER BY wanted DESC LIMIT $${keepCap}`
    : `WITH m, head(collect(r)) AS via LIMIT $${keepCap}`;
  return `MATCH (${from})${rel}(m) WHERE m <> c
         WITH r, m LIMIT $${readCap}
         WITH r, m WHERE (${f.visible})
         ${keep}`;
}

/**
 * Cypher for hop `k` (1-based) returning `hop<k>`: distinct nodes one step
 * from the centre `c` (k = 1) or from the frontier of `hop<k-1>`, ranked
 * most connected first, at most $scan of them; `via<k>`, the link that
 * reached each; and `cut<k>`, true when a cap may have cut the hop (the
 * centre has more links than the read cap, a frontier node more than the
 * per-node cap, the previous hop more nodes than the frontier, or the hop
 * reached the scan cap). The degree used for ranking comes from Neo4j's
 * degree store, so ranking costs one lookup per node; the same degrees
 * (every link counted, so they over-state, never under-state) tell whether a
 * frontier node was cut.
 */
export function hopCypher(k: number, rel: string, filter: HopFilter, count: string): string {
  const rank = `WITH m, via, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name
       RETURN collect(m) AS hop${k}, collect(via) AS via${k}, collect(degree) AS degree${k}`;
  if (k === 1) {
    return `CALL (c) {
       ${hopReads('c', rel, filter, 'read', 'scan')}
       ${rank}
     }
     WITH *, ${count} > $read OR size(hop1) >= $scan AS cut1`;
  }
  const prev = `hop${k - 1}`;
  return `CALL (c, ${prev}) {
       UNWIND ${prev}[0..$frontier] AS f
       CALL (c, f) {
         ${hopReads('f', rel, filter, 'perNodeRead', 'perNode')}
         RETURN m, via
       }
       WITH m, head(collect(via)) AS via LIMIT $scan
       ${rank}
     }
     WITH *, size(${prev}) > $frontier OR size(hop${k}) >= $scan
       OR any(d IN degree${k - 1}[0..$frontier] WHERE d > $perNode) AS cut${k}`;
}

/**
 * Cypher returning `rels`, the links among the nodes of list `ns` that a
 * neighbourhood shows, and `linksCut`: sparse nodes are expanded in full
 * (their links to dense nodes included); between two dense nodes only the
 * links the walk followed (`vias`) are kept, since checking a pair reads the
 * smaller one's links and two hubs' smaller side can hold thousands.
 * `linksCut` says so when two or more dense nodes are shown.
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
       RETURN fromSparse + [v IN ${vias} WHERE startNode(v) IN dense AND endNode(v) IN dense] AS rels,
              size(dense) > 1 AS linksCut
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
