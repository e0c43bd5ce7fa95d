import type { NeighborsQuery, Neighborhood, NodeDetail } from '../../contract/index.js';
import { GraphCollector, toGraphNode, type Node } from '../neo4j/convert.js';
import { asOfParams, nodeVisible, relationshipVisible } from './as-of.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';
import { evidenceMap, toSourceRefs } from './evidence.js';
import { ident } from './profile.js';

export async function nodeDetail(ctx: GraphContext, id: string): Promise<NodeDetail> {
  const { sourceLabel, provenanceType } = ctx.profile;
  const { records } = await ctx.read(
    `${await ctx.matchNode('n')}
     CALL (n) {
       OPTIONAL MATCH (n)-[p:${ident(provenanceType)}]->(s:${ident(sourceLabel)})
       RETURN collect(${evidenceMap('p', 's')}) AS sources
     }
     CALL (n) {
       OPTIONAL MATCH (n)-[r]-(m)
       WITH r, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
       WHERE r IS NOT NULL
       RETURN collect({type: type(r), direction: direction}) AS rels
     }
     RETURN n, sources, rels LIMIT 1`,
    { id },
  );
  const row = records[0];
  if (!row) throw notFound('node', id);
  const counts = new Map<string, { type: string; direction: 'out' | 'in'; count: number }>();
  for (const rel of row.get('rels') as { type: string; direction: 'out' | 'in' }[]) {
    const key = `${rel.type}|${rel.direction}`;
    const entry = counts.get(key) ?? { ...rel, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return {
    node: toGraphNode(row.get('n') as Node),
    sources: toSourceRefs(row.get('sources')),
    degree: [...counts.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
  };
}

/**
 * The neighbourhood of a node up to `depth` hops, most connected
 * neighbours first, capped at `limit` with `skip` for paging. Provenance
 * links are left out unless asked for by type: every node cites a source,
 * so following them would reach the whole graph in two hops.
 */
export async function neighbors(
  ctx: GraphContext,
  id: string,
  q: NeighborsQuery,
): Promise<Neighborhood> {
  await checkVocabulary(ctx, { labels: q.labels, types: q.types });
  const pattern =
    q.direction === 'out'
      ? `-[rs*1..${q.depth}]->`
      : q.direction === 'in'
        ? `<-[rs*1..${q.depth}]-`
        : `-[rs*1..${q.depth}]-`;
  const { records } = await ctx.read(
    `${await ctx.matchNode('c')}
     CALL (c) {
       OPTIONAL MATCH (c)${pattern}(m)
       WHERE m <> c
         AND all(r IN rs WHERE (CASE WHEN size($types) = 0 THEN type(r) <> $provenance ELSE type(r) IN $types END)
                               AND (${relationshipVisible('r', q)}))
         AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
         AND (${nodeVisible('m', q)})
       WITH DISTINCT m WHERE m IS NOT NULL
       WITH m, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name
       RETURN collect(m) AS found
     }
     WITH c, found, size(found) AS total
     WITH c, total, [c] + found[$skip..($skip + $limit)] AS ns
     CALL (ns) {
       UNWIND ns AS a
       MATCH (a)-[r]->(b) WHERE b IN ns
         AND (CASE WHEN size($types) = 0 THEN type(r) <> $provenance ELSE type(r) IN $types END)
         AND (${relationshipVisible('r', q)})
       RETURN collect(r) AS rels
     }
     RETURN c, ns, rels, total`,
    {
      id,
      types: q.types ?? [],
      labels: q.labels ?? [],
      provenance: ctx.profile.provenanceType,
      skip: q.skip,
      limit: q.limit,
      ...asOfParams(q),
    },
  );
  const row = records[0];
  if (!row) throw notFound('node', id);
  const graph = new GraphCollector().add(row.get('ns')).add(row.get('rels')).build();
  const total = Number(row.get('total'));
  const returned = graph.nodes.length - 1;
  return {
    center: toGraphNode(row.get('c') as Node).id,
    graph,
    total,
    returned,
    omitted: Math.max(0, total - q.skip - returned),
  };
}
