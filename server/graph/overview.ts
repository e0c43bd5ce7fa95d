import type { Graph, OverviewQuery } from '../../contract/index.js';
import { GraphCollector } from '../neo4j/convert.js';
import { asOfParams, nodeVisible, relationshipVisible } from '../../core/cypher/as-of.js';
import type { GraphContext } from './context.js';
import { expandCaps, linksAmong } from './expand.js';
import { ident } from '../../core/dataset/profile.js';
import { isDatasetNode } from './bookkeeping.js';
import { perLoad } from './load-cache.js';

/**
 * A readable first view: the best-connected nodes and the links between
 * them. Sources and provenance links are left out; they would tie every
 * node to a handful of hubs and hide the story's own structure. Ranking
 * reads every node's degree, so the answer is computed once per load and
 * served from memory until the next load.
 */
export async function overview(ctx: GraphContext, q: OverviewQuery): Promise<Graph> {
  // Without a date the clock changes nothing: one key, not one per clock.
  const key = JSON.stringify([q.limit, q.asOf ?? null, q.asOf ? (q.clock ?? null) : null]);
  return perLoad(ctx, 'overview', key, () => computeOverview(ctx, q));
}

async function computeOverview(ctx: GraphContext, q: OverviewQuery): Promise<Graph> {
  const p = ctx.profile;
  const types = (await ctx.vocabulary()).types.filter((t) => t !== p.provenanceType);
  const provenance = ident(p.provenanceType);
  // Both counts come from the degree store; a type filter inside COUNT {}
  // would expand every relationship of every node.
  const { records } = await ctx.read(
    `MATCH (n) WHERE NOT n:${ident(p.sourceLabel)} AND ${isDatasetNode('n')} AND (${nodeVisible('n', q)})
     WITH n, COUNT { (n)--() } - COUNT { (n)-[:${provenance}]-() } AS degree
     WHERE degree > 0
     ORDER BY degree DESC, n.name LIMIT $limit
     WITH collect(n) AS ns
     ${linksAmong('ns', types, relationshipVisible('r', q))}
     RETURN ns, rels`,
    { limit: q.limit, dense: expandCaps.dense, ...asOfParams(q) },
  );
  const row = records[0];
  return new GraphCollector(ctx.profile.captions)
    .add(row?.get('ns') ?? [])
    .add(row?.get('rels') ?? [])
    .build();
}
