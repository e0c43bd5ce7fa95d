import { ident } from '../../core/dataset/profile.js';

/**
 * Caps that keep a neighbourhood's cost independent of the graph's size and
 * of a hub's degree. A hop reads at most SCAN distinct nodes; a deeper hop
 * continues from the FRONTIER best-ranked nodes of the previous one and
 * reads at most PER_NODE neighbours of each; links among the chosen nodes
 * are read from the nodes with at most DENSE relationships (a hub's links
 * to them are found from their side).
 */
export const expandCaps = { scan: 2_000, frontier: 100, perNode: 50, dense: 1_000 };

export type Direction = 'out' | 'in' | 'both';

/** A relationship pattern named `r` over the given types (never empty: no types matches nothing). */
export function relPattern(r: string, types: string[], direction: Direction): string {
  const list = types.length > 0 ? types.map(ident).join('|') : ident('__none__');
  const inner = `[${r}:${list}]`;
  return direction === 'out' ? `-${inner}->` : direction === 'in' ? `<-${inner}-` : `-${inner}-`;
}

/**
 * Cypher for hop `k` (1-based) returning `hop<k>`: distinct nodes one step
 * from the centre `c` (k = 1) or from the frontier of `hop<k-1>`, ranked
 * most connected first, at most $scan of them. The degree used for ranking
 * comes from Neo4j's degree store, so ranking costs one lookup per node.
 */
export function hopCypher(k: number, rel: string, relVisible: string): string {
  const rank = `WITH m, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name
       RETURN collect(m) AS hop${k}`;
  if (k === 1) {
    return `CALL (c) {
       MATCH (c)${rel}(m) WHERE m <> c AND (${relVisible})
       WITH DISTINCT m LIMIT $scan
       ${rank}
     }`;
  }
  return `CALL (c, hop${k - 1}) {
       UNWIND hop${k - 1}[0..$frontier] AS f
       CALL (c, f) {
         MATCH (f)${rel}(m) WHERE m <> c AND (${relVisible})
         RETURN m LIMIT $perNode
       }
       WITH DISTINCT m LIMIT $scan
       ${rank}
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
