import type { Graph, OverviewQuery } from '../../contract/index.js';
import { GraphCollector } from '../neo4j/convert.js';
import { asOfParams, nodeVisible, relationshipVisible } from './as-of.js';
import type { GraphContext } from './context.js';
import { ident } from './profile.js';
import { SEED_LOAD_LABEL } from './bookkeeping.js';

/**
 * A readable first view: the best-connected nodes and the links between
 * them. Sources and provenance links are left out; they would tie every
 * node to a handful of hubs and hide the story's own structure.
 */
export async function overview(ctx: GraphContext, q: OverviewQuery): Promise<Graph> {
  const p = ctx.profile;
  const { records } = await ctx.read(
    `MATCH (n) WHERE NOT n:${ident(p.sourceLabel)} AND NOT n:\`${SEED_LOAD_LABEL}\` AND (${nodeVisible('n', q)})
     WITH n, COUNT { (n)-[r]-() WHERE type(r) <> $provenance } AS degree
     WHERE degree > 0
     ORDER BY degree DESC, n.name LIMIT $limit
     WITH collect(n) AS ns
     CALL (ns) {
       UNWIND ns AS a
       MATCH (a)-[r]->(b) WHERE b IN ns AND type(r) <> $provenance AND (${relationshipVisible('r', q)})
       RETURN collect(r) AS rels
     }
     RETURN ns, rels`,
    { provenance: p.provenanceType, limit: q.limit, ...asOfParams(q) },
  );
  const row = records[0];
  return new GraphCollector()
    .add(row?.get('ns') ?? [])
    .add(row?.get('rels') ?? [])
    .build();
}
