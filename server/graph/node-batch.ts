import type { GraphEdge, NodeBatch } from '../../contract/index.js';
import { ident } from '../../core/dataset/profile.js';
import { GraphCollector, toGraphNode } from '../neo4j/convert.js';
import { readNode } from '../neo4j/decode.js';
import type { GraphContext } from './context.js';
import { expandCaps, linksAmong } from './expand.js';

/**
 * Many nodes by id in one read (a link's or saved view's ids): those found,
 * and the ids that are not in the graph, so the explorer names them once
 * instead of asking for each. An id is a node's `id` property, else its
 * element id, as GET /api/nodes/:id reads it.
 */
export async function nodesByIds(
  ctx: GraphContext,
  ids: readonly string[],
  links = false,
): Promise<NodeBatch> {
  const wanted = [...new Set(ids)];
  const vocabulary = await ctx.vocabulary();
  const indexed = new Set(vocabulary.idLabels);
  const allIndexed = vocabulary.labels.length > 0 && vocabulary.labels.every((l) => indexed.has(l));
  // Each label's id index when every label has one, else one match by property.
  const find = allIndexed
    ? [...indexed]
        .sort()
        .map((label) => `MATCH (x:${ident(label)} {id: wanted}) RETURN x`)
        .concat(
          `MATCH (x) WHERE elementId(x) = wanted AND x.id IS NULL AND NOT x:_Private RETURN x`,
        )
        .join(' UNION ')
    : `MATCH (x) WHERE x.id = wanted OR (x.id IS NULL AND elementId(x) = wanted AND NOT x:_Private) RETURN x`;
  const { records } = await ctx.read(
    `UNWIND $ids AS wanted
     CALL (wanted) { ${find} }
     WITH wanted, head(collect(x)) AS n
     RETURN wanted, n`,
    { ids: wanted },
  );
  const nodes = records.map((r) => toGraphNode(readNode(r, 'n'), ctx.profile.captions));
  const found = new Set(records.map((r) => String(r.get('wanted'))));
  const missing = wanted.filter((id) => !found.has(id));
  if (!links) return { nodes, missing };
  return { nodes, missing, edges: await edgesAmong(ctx, find, [...found]) };
}

/**
 * The relationships among the nodes found (provenance links left out, as
 * the overview leaves them): what a workbench result or a path put on the
 * canvas brings back with its nodes when a link is reopened.
 */
async function edgesAmong(ctx: GraphContext, find: string, ids: string[]): Promise<GraphEdge[]> {
  if (ids.length < 2) return [];
  const types = (await ctx.vocabulary()).types.filter((t) => t !== ctx.profile.provenanceType);
  const { records } = await ctx.read(
    `UNWIND $ids AS wanted
     CALL (wanted) { ${find} }
     WITH collect(DISTINCT x) AS ns
     ${linksAmong('ns', types, 'true')}
     RETURN ns, rels`,
    { ids, dense: expandCaps.dense },
  );
  const row = records[0];
  return new GraphCollector(ctx.profile.captions)
    .add(row?.get('ns') ?? [])
    .add(row?.get('rels') ?? [])
    .build().edges;
}
