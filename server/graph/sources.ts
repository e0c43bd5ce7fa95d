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
import { nodeOrNull, readList, readMaps, readNode } from '../neo4j/decode.js';
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

/** Pages made from one load's list, by limit and offset; they go with the list. */
const pagesOf = new WeakMap<SourceSummary[], Map<string, SourceList>>();
/** Pages kept per list: a stream of odd offsets cannot grow it without bound. */
const KEPT_PAGES = 64;

/**
 * One page of the reports with what each supports. Counting the
 * relationships that list a report reads every relationship (a list property
 * has no index), so the whole list is computed once per load. Each page is
 * kept with it, so a repeated page is the same object (sent as kept bytes).
 */
export async function listSources(ctx: GraphContext, q: SourcesQuery): Promise<SourceList> {
  const all = await perLoad(ctx, 'sources', 'all', () => computeSources(ctx));
  const pages = pagesOf.get(all) ?? new Map<string, SourceList>();
  pagesOf.set(all, pages);
  const key = `${q.limit}:${q.offset}`;
  const kept = pages.get(key);
  if (kept) return kept;
  const page = sourcesPage(all, q);
  if (pages.size < KEPT_PAGES) pages.set(key, page);
  return page;
}

/** A page of the whole list, with where the next one starts. */
export function sourcesPage(all: SourceSummary[], q: SourcesQuery): SourceList {
  const end = q.offset + q.limit;
  return {
    sources: all.slice(q.offset, end),
    total: all.length,
    nextOffset: end < all.length ? end : null,
  };
}

async function computeSources(ctx: GraphContext): Promise<SourceSummary[]> {
  const p = ctx.profile;
  const { records } = await ctx.read(
    `CALL () {
       MATCH ()-[r]->() WHERE r.sources IS NOT NULL
       UNWIND r.sources AS sid
       RETURN sid, count(*) AS rels
     }
     WITH collect([sid, rels]) AS relCounts
     MATCH (s:${ident(p.sourceLabel)})
     RETURN s, COUNT { (s)<-[:${ident(p.provenanceType)}]-() } AS nodes,
            coalesce([x IN relCounts WHERE x[0] = s.id][0][1], 0) AS rels
     ORDER BY s.date, s.id`,
  );
  return records.map((r) => summary(ctx, readNode(r, 's'), r.get('nodes'), r.get('rels')));
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
 * relationships listing it. Finding the latter reads every relationship
 * (no index looks inside a list), so each answer is kept for the load.
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
  const { records } = await ctx.read(
    `MATCH (s:${ident(p.sourceLabel)} {id: $id})
     CALL (s) {
       OPTIONAL MATCH (n)-[sf:${ident(p.provenanceType)}]->(s) WHERE ${nodeVisible('n', q)}
       RETURN collect({node: n, quote: sf.quote, note: sf.note, paragraph: sf.paragraph, basis: sf.basis}) AS supported
     }
     CALL (s) {
       OPTIONAL MATCH (a)-[r]->(b) WHERE $id IN r.sources
         AND ${relationshipVisible('r', q)} AND ${nodeVisible('a', q)} AND ${nodeVisible('b', q)}
       RETURN collect(r) AS rels
     }
     RETURN s, supported, rels`,
    { id, ...asOfParams(q) },
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
