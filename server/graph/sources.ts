import {
  basisOf,
  type AsOfQuery,
  type SourceDetail,
  type SourceList,
  type SourceSummary,
  type SourcesQuery,
} from '../../contract/index.js';
import { asOfParams, nodeVisible, relationshipVisible } from '../../core/cypher/as-of.js';
import { GraphCollector, toGraphNode, type Node } from '../neo4j/convert.js';
import { notFound, type GraphContext } from './context.js';
import { ident } from '../../core/dataset/profile.js';
import { z } from 'zod';
import { nodeOrNull, readList, readMaps, readNode, readPlain } from '../neo4j/decode.js';
import { SOURCE_INDEX, sourceIndexReady, sourceTerm } from './source-index.js';
import { perLoad } from './load-cache.js';

function summary(
  ctx: GraphContext,
  node: Node,
  nodes: unknown,
  relationships: unknown,
): SourceSummary {
  const g = toGraphNode(node, ctx.profile.captions);
  return {
    id: g.id,
    name: g.name,
    properties: g.properties,
    supports: { nodes: Number(nodes), relationships: Number(relationships) },
  };
}

/** Every report in the list's order (date, id): its element id and its id. */
const Ordered = z.array(z.tuple([z.string(), z.string()]));
type Ordered = z.infer<typeof Ordered>;

/** The list's order, read once per load: the reports alone, none of their links. */
function orderedSources(ctx: GraphContext): Promise<Ordered> {
  return perLoad(ctx, 'sources-order', 'all', async () => {
    const { records } = await ctx.read(
      `MATCH (s:${ident(ctx.profile.sourceLabel)})
       WITH s ORDER BY s.date, s.id
       RETURN collect([elementId(s), coalesce(toString(s.id), '')]) AS sources`,
    );
    return readPlain(records[0], 'sources', Ordered) ?? [];
  });
}

/**
 * One page of the reports with what each supports: a slice of the per-load
 * order whose reports alone are then read. The links that list a report are
 * counted through the full-text index on `sources` (source-index.ts), so a
 * page reads its own reports' links, however big the graph; kept for the
 * load, so a repeated page is the same object (sent as kept bytes). Until
 * that index is usable, every relationship is read once per load instead.
 */
export function listSources(ctx: GraphContext, q: SourcesQuery): Promise<SourceList> {
  return perLoad(ctx, 'sources-page', `${q.limit}:${q.offset}`, () => sourcesPage(ctx, q));
}

async function sourcesPage(ctx: GraphContext, q: SourcesQuery): Promise<SourceList> {
  const all = await orderedSources(ctx);
  const page = all.slice(q.offset, q.offset + q.limit).map(([element, id]) => ({
    element,
    id,
    term: sourceTerm(id),
  }));
  const indexed = await sourceIndexReady(ctx);
  const scanned = indexed ? null : await scannedCounts(ctx);
  // The count reads only the links that list the page's reports.
  const viaIndex = `CALL (s, row) {
       CALL db.index.fulltext.queryRelationships($index, row.term) YIELD relationship
       WHERE s.id IN relationship.sources
       RETURN count(*) AS rels
     }`;
  const { records } = await ctx.read(
    `UNWIND range(0, size($page) - 1) AS i
     WITH i, $page[i] AS row
     MATCH (s) WHERE elementId(s) = row.element
     ${indexed ? viaIndex : 'WITH i, s, 0 AS rels'}
     RETURN s, COUNT { (s)<-[:${ident(ctx.profile.provenanceType)}]-() } AS nodes, rels
     ORDER BY i`,
    { page, index: SOURCE_INDEX },
  );
  const sources = records.map((r) => {
    const node = readNode(r, 's');
    const rels: unknown = scanned ? (scanned.get(String(node.properties.id)) ?? 0) : r.get('rels');
    return summary(ctx, node, r.get('nodes'), rels);
  });
  const end = q.offset + q.limit;
  return { sources, total: all.length, nextOffset: end < all.length ? end : null };
}

/** Links per report id, reading every relationship: the way without the index, once per load. */
function scannedCounts(ctx: GraphContext): Promise<Map<string, number>> {
  return perLoad(ctx, 'sources-scan', 'all', async () => {
    const { records } = await ctx.read(
      `MATCH ()-[r]->() WHERE r.sources IS NOT NULL
       UNWIND r.sources AS sid
       RETURN toString(sid) AS sid, count(*) AS rels`,
    );
    return new Map(records.map((r) => [String(r.get('sid')), Number(r.get('rels'))]));
  });
}

interface Supported {
  node: Node;
  quote: unknown;
  note: unknown;
  paragraph: unknown;
  basis: unknown;
}

/**
 * One source and everything it supports: the nodes citing it and the
 * relationships listing it, found through the full-text index on `sources`
 * (or, until it is usable, by reading every relationship); each answer is
 * kept for the load.
 */
export function sourceDetail(ctx: GraphContext, id: string, q: AsOfQuery): Promise<SourceDetail> {
  // Without a date the clock changes nothing: one key, not one per clock.
  const key = JSON.stringify([id, q.asOf ?? null, q.asOf ? (q.clock ?? null) : null]);
  return perLoad(ctx, 'source', key, () => computeSourceDetail(ctx, id, q));
}

async function computeSourceDetail(
  ctx: GraphContext,
  id: string,
  q: AsOfQuery,
): Promise<SourceDetail> {
  const p = ctx.profile;
  const indexed = await sourceIndexReady(ctx);
  const { records } = await ctx.read(
    `MATCH (s:${ident(p.sourceLabel)} {id: $id})
     CALL (s) {
       OPTIONAL MATCH (n)-[sf:${ident(p.provenanceType)}]->(s) WHERE ${nodeVisible('n', q)}
       RETURN collect({node: n, quote: sf.quote, note: sf.note, paragraph: sf.paragraph, basis: sf.basis}) AS supported
     }
     CALL (s) {
       ${
         indexed
           ? `CALL db.index.fulltext.queryRelationships($index, $term) YIELD relationship AS r
              WITH r, startNode(r) AS a, endNode(r) AS b WHERE $id IN r.sources`
           : 'OPTIONAL MATCH (a)-[r]->(b) WHERE $id IN r.sources'
       }
         AND ${relationshipVisible('r', q)} AND ${nodeVisible('a', q)} AND ${nodeVisible('b', q)}
       RETURN collect(r) AS rels
     }
     RETURN s, supported, rels`,
    { id, term: sourceTerm(id), index: SOURCE_INDEX, ...asOfParams(q) },
  );
  const row = records[0];
  if (!row) throw notFound('source', id);
  const supported = readMaps(row, 'supported').flatMap((x): Supported[] => {
    const node = nodeOrNull(x.node, 'supported');
    return node === null
      ? []
      : [{ node, quote: x.quote, note: x.note, paragraph: x.paragraph, basis: x.basis }];
  });
  const rels = readList(row, 'rels');
  const collector = new GraphCollector(p.captions).add(supported.map((x) => x.node)).add(rels);
  const missing = collector.missingEndpointElementIds();
  if (missing.length > 0) {
    const extra = await ctx.read(
      'MATCH (n) WHERE elementId(n) IN $ids AND NOT n:_Private RETURN n',
      { ids: missing },
    );
    collector.add(extra.records.map((r): unknown => r.get('n')));
  }
  const rel = rels.length;
  return {
    source: summary(ctx, readNode(row, 's'), supported.length, rel),
    supported: supported.map((x) => ({
      ...toGraphNode(x.node, p.captions),
      quote: typeof x.quote === 'string' ? x.quote : null,
      note: typeof x.note === 'string' ? x.note : null,
      paragraph: x.paragraph == null ? null : Number(x.paragraph),
      basis: basisOf(x),
    })),
    graph: collector.build(),
  };
}
