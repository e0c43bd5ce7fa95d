import type { RelationshipDetail } from '../../contract/index.js';
import { ApiError } from '../errors.js';
import { GraphCollector, toGraphNode } from '../neo4j/convert.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';
import { sourceRef } from './evidence.js';
import { basisOf } from '../../contract/index.js';
import { ident, type GraphProfile } from '../../core/dataset/profile.js';
import { readNodes } from '../neo4j/decode.js';

/** An edge id as graph payloads write it: `source|TYPE|target`, maybe with an element id after. */
export function parseEdgeId(id: string): { source: string; type: string; target: string } {
  const [source, type, target] = id.split('|');
  if (!source || !type || !target) {
    throw new ApiError(
      'INVALID_INPUT',
      `"${id}" is not a relationship id. Use the id of an edge from a graph payload, source|TYPE|target.`,
    );
  }
  return { source, type, target };
}

/** causal for the types the ontology names as causes, sequence for time order, null otherwise. */
export function chainKind(profile: GraphProfile, type: string): 'causal' | 'sequence' | null {
  if (profile.causalTypes.includes(type)) return 'causal';
  if (profile.sequenceTypes.includes(type)) return 'sequence';
  return null;
}

/**
 * One relationship and its evidence: the reports of its `sources` list, the
 * verbatim quote on the report it comes from (`quoteSource`, or the only
 * source), and the analyst's note kept apart from it.
 */
export async function relationshipDetail(
  ctx: GraphContext,
  id: string,
): Promise<RelationshipDetail> {
  const { source, type, target } = parseEdgeId(id);
  await checkVocabulary(ctx, { types: [type] });
  const { records } = await ctx.read(
    `${await ctx.matchNode('a', 'source')} WITH a LIMIT 1
     ${await ctx.matchNode('b', 'target', ['a'])} WITH a, b LIMIT 1
     MATCH (a)-[r:${ident(type)}]->(b)
     WITH a, b, r LIMIT 1
     OPTIONAL MATCH (s:${ident(ctx.profile.sourceLabel)}) WHERE s.id IN coalesce(r.sources, [])
     RETURN a, b, r, collect(s) AS sources`,
    { source, target },
  );
  const row = records[0];
  if (!row) throw notFound('relationship', id);
  const graph = new GraphCollector(ctx.profile.captions)
    .add([row.get('a'), row.get('b'), row.get('r')])
    .build();
  const edge = graph.edges[0];
  if (!edge) throw notFound('relationship', id);
  const p = edge.properties;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const listed = Array.isArray(p.sources) ? p.sources.map(String) : [];
  const quoteFrom = str(p.quoteSource) ?? (listed.length === 1 ? listed[0] : null);
  const sources = readNodes(row, 'sources')
    .map((s) => {
      const g = toGraphNode(s, ctx.profile.captions);
      // The report the span is from carries it; a relationship with no span
      // (inferred or background) gives its basis for every report listed.
      const evidence =
        g.id === quoteFrom
          ? { quote: p.quote, paragraph: p.paragraph, basis: p.basis }
          : typeof p.quote === 'string'
            ? {}
            : { basis: p.basis };
      return sourceRef(g, evidence);
    })
    .sort((x, y) => String(x.date).localeCompare(String(y.date)) || x.id.localeCompare(y.id));
  return {
    edge,
    kind: chainKind(ctx.profile, edge.type),
    note: str(p.note) ?? str(p.description),
    basis: basisOf(p),
    sources,
  };
}
