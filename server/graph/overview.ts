import type { Graph, OverviewQuery } from '../../contract/index.js';
import { GraphCollector } from '../neo4j/convert.js';
import { asOfParams, nodeVisible, relationshipVisible } from './as-of.js';
import type { GraphContext } from './context.js';
import { expandCaps, linksAmong } from './expand.js';
import { ident } from './profile.js';
import { SEED_LOAD_LABEL } from './bookkeeping.js';

/** Answers per app (context) and query, valid while the loads they saw stay the same. */
const cache = new WeakMap<GraphContext, Map<string, { stamp: string; graph: Promise<Graph> }>>();
const MAX_ENTRIES = 64;

/**
 * What identifies the loaded data: every dataset load rewrites its
 * bookkeeping node, so a new load gives a new stamp. Reading it is a label
 * scan over a handful of nodes.
 */
async function loadStamp(ctx: GraphContext): Promise<string> {
  const { records } = await ctx.read(
    `MATCH (m:${ident(SEED_LOAD_LABEL)})
     WITH m ORDER BY m.dataset
     RETURN collect(m.dataset + '@' + toString(m.loadedAt) + '#' + coalesce(m.checksum, '')) AS stamp`,
  );
  return JSON.stringify(records[0]?.get('stamp') ?? []);
}

/**
 * A readable first view: the best-connected nodes and the links between
 * them. Sources and provenance links are left out; they would tie every
 * node to a handful of hubs and hide the story's own structure. Ranking
 * reads every node's degree, so the answer is computed once per load and
 * served from memory until the next load.
 */
export async function overview(ctx: GraphContext, q: OverviewQuery): Promise<Graph> {
  const stamp = await loadStamp(ctx);
  const entries = cache.get(ctx) ?? new Map<string, { stamp: string; graph: Promise<Graph> }>();
  cache.set(ctx, entries);
  const key = JSON.stringify([q.limit, q.asOf ?? null, q.clock ?? null]);
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) return hit.graph;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const graph = computeOverview(ctx, q);
  entries.set(key, { stamp, graph });
  // A failed computation is not kept: the next request tries again.
  graph.catch(() => entries.delete(key));
  return graph;
}

async function computeOverview(ctx: GraphContext, q: OverviewQuery): Promise<Graph> {
  const p = ctx.profile;
  const types = (await ctx.vocabulary()).types.filter((t) => t !== p.provenanceType);
  const provenance = ident(p.provenanceType);
  // Both counts come from the degree store; a type filter inside COUNT {}
  // would expand every relationship of every node.
  const { records } = await ctx.read(
    `MATCH (n) WHERE NOT n:${ident(p.sourceLabel)} AND NOT n:${ident(SEED_LOAD_LABEL)} AND (${nodeVisible('n', q)})
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
