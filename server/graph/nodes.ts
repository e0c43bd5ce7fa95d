import type { NeighborsQuery, Neighborhood, NodeDetail } from '../../contract/index.js';
import { GraphCollector, toGraphNode } from '../neo4j/convert.js';
import { readNode, readPlain } from '../neo4j/decode.js';
import { asOfParams, nodeVisible, relationshipVisible } from '../../core/cypher/as-of.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';
import { evidenceMap, toSourceRefs } from './evidence.js';
import { expandCaps, hopCypher, linksReached, relPattern } from './expand.js';
import { DegreeEntries, degreeFromStore, sampledDegree, toDegree } from './degree.js';
import { ident } from '../../core/dataset/profile.js';

export async function nodeDetail(
  ctx: GraphContext,
  id: string,
  dense = expandCaps.dense,
): Promise<NodeDetail> {
  const { sourceLabel, provenanceType } = ctx.profile;
  const { records } = await ctx.read(
    `${await ctx.matchNode('n')}
     CALL (n) {
       OPTIONAL MATCH (n)-[p:${ident(provenanceType)}]->(s:${ident(sourceLabel)})
       RETURN collect(${evidenceMap('p', 's')}) AS sources
     }
     ${sampledDegree('n')}
     RETURN n, sources, degree, COUNT { (n)--() } > $dense AS dense LIMIT 1`,
    { id, dense, degreeSample: 2 * dense },
  );
  const row = records[0];
  if (!row) throw notFound('node', id);
  const node = readNode(row, 'n');
  return {
    node: toGraphNode(node, ctx.profile.captions),
    sources: toSourceRefs(row.get('sources'), ctx.profile.captions),
    // A dense node's relationships are not read one by one: the degree store counts them.
    degree:
      row.get('dense') === true
        ? await degreeFromStore(ctx, node.elementId)
        : toDegree(readPlain(row, 'degree', DegreeEntries) ?? []),
  };
}

/**
 * The neighbourhood of a node up to `depth` hops, most connected
 * neighbours first, capped at `limit` with `skip` for paging. Provenance
 * links are left out unless asked for by type: every node cites a source,
 * so following them would reach the whole graph in two hops. Each hop is
 * bounded (see expandCaps), so a hub costs what a node with a few thousand
 * links does. `total` counts what the bounded hops reached, except when one
 * unfiltered hop reached the scan cap: then it is the node's number of links
 * of those types from the degree store (parallel links counted each), so a
 * hub's answer does not understate its size; `skip` pages only through the
 * first $scan.
 */
export async function neighbors(
  ctx: GraphContext,
  id: string,
  q: NeighborsQuery,
  caps: typeof expandCaps = expandCaps,
): Promise<Neighborhood> {
  await checkVocabulary(ctx, { labels: q.labels, types: q.types });
  const known = await ctx.vocabulary();
  // Naming the types (rather than filtering on type(r)) lets Neo4j read only
  // those relationship groups of a dense node.
  const types = q.types ?? known.types.filter((t) => t !== ctx.profile.provenanceType);
  const relVisible = relationshipVisible('r', q);
  const rel = relPattern('r', types, q.direction);
  const hops = Array.from({ length: q.depth }, (_, i) => i + 1);
  const wanted = 'any(l IN labels(m) WHERE l IN $labels)';
  // Nothing is walked through a link or node that was not there yet; the
  // label filter picks what the answer keeps, inside each hop's cap.
  const filter = {
    visible: `(${relVisible}) AND (${nodeVisible('m', q)})`,
    wanted: q.labels && q.labels.length > 0 ? wanted : undefined,
  };
  // Without filters, one hop's links are counted by the degree store, one
  // lookup per type: a hub past the scan cap still says how big it is.
  const storeCount =
    q.depth === 1 && !q.asOf && !filter.wanted && types.length > 0
      ? types.map((t) => `COUNT { (c)${relPattern('', [t], q.direction)}() }`).join(' + ')
      : 'null';
  // The centre's links of these types, from the degree store when it is dense.
  const centreLinks = `(${types.map((t) => `COUNT { (c)${relPattern('', [t], q.direction)}() }`).join(' + ') || '0'})`;
  const { records } = await ctx.read(
    `${await ctx.matchNode('c')}
     ${hops.map((k) => hopCypher(k, rel, filter, centreLinks)).join('\n')}
     WITH c, ${hops.map((k) => `hop${k}`).join(' + ')} AS reached,
          ${hops.map((k) => `via${k}`).join(' + ')} AS vias,
          ${hops.map((k) => `cut${k}`).join(' OR ')} AS cut
     CALL (c, reached) {
       UNWIND reached AS m
       WITH DISTINCT m WHERE m <> c AND (size($labels) = 0 OR ${wanted})
       WITH m, COUNT { (m)--() } AS degree ORDER BY degree DESC, m.name LIMIT $scan
       RETURN collect(m) AS found
     }
     WITH c, size(found) AS total, [c] + found[$skip..($skip + $limit)] AS ns, vias, cut
     ${linksReached('ns', 'vias', types, relVisible)}
     RETURN c, ns, rels, total, ${storeCount} AS links, cut OR linksCut AS capped`,
    {
      id,
      labels: q.labels ?? [],
      skip: q.skip,
      limit: q.limit,
      ...caps,
      ...asOfParams(q),
    },
  );
  const row = records[0];
  if (!row) throw notFound('node', id);
  const graph = new GraphCollector(ctx.profile.captions)
    .add(row.get('ns'))
    .add(row.get('rels'))
    .build();
  const found = Number(row.get('total'));
  const links: unknown = row.get('links');
  const total = found >= caps.scan && links !== null ? Math.max(found, Number(links)) : found;
  const returned = graph.nodes.length - 1;
  return {
    center: toGraphNode(readNode(row, 'c')).id,
    graph,
    total,
    returned,
    omitted: Math.max(0, total - q.skip - returned),
    capped: row.get('capped') === true,
  };
}
