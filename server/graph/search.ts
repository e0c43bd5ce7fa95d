import { z } from 'zod';
import type { SearchQuery, SearchResult } from '../../contract/index.js';
import { readPlain } from '../neo4j/decode.js';
import { checkVocabulary, type GraphContext } from './context.js';
import { captionCypher } from '../../core/dataset/shape.js';

/**
 * How many nodes a search without a usable full-text index looks at, at
 * most: a scan of every node's caption costs what the graph's size does, so
 * it stops here (the answer says mode 'name-scan').
 */
export const NAME_SCAN_CAP = 10_000;

/**
 * How many full-text hits, best first, a search filtered by label reads
 * before the filter: the index ranks every match, and a common word on a
 * large graph matches most of it.
 */
export const FULLTEXT_REACH = 2_000;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's query syntax so any user text is searched literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Builds a Lucene query that ranks whole-word matches above prefix matches,
 * so suggestions appear while a word is still being typed.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = text
    .split(/\s+/)
    .map((t) => t.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((t) => t.split(/\s+/))
    .filter(Boolean)
    .slice(0, 10);
  if (terms.length === 0) return undefined;
  return (
    terms
      // The whole word is quoted so that AND, OR and NOT stay words; the
      // prefix form is lower-case, which Lucene never reads as an operator.
      .map((t) => `("${escapeLucene(t)}"^2 OR ${escapeLucene(t.toLowerCase())}*)`)
      .join(' AND ')
  );
}

export type MatchKind = 'exact' | 'prefix' | 'word' | 'text';

/** Lower-case, straight apostrophes, one space: how names and queries are compared. */
const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u2013\u2014-]+/g, ' ')
    .trim();

/** How a node's names (name and aliases) match the whole query. */
export function matchKind(query: string, names: string[]): MatchKind {
  const q = fold(query);
  const folded = names.map(fold);
  if (folded.some((n) => n === q)) return 'exact';
  if (folded.some((n) => n.startsWith(q))) return 'prefix';
  if (folded.some((n) => ` ${n}`.includes(` ${q}`))) return 'word';
  return 'text';
}

const TIER: Record<MatchKind, number> = { exact: 0, prefix: 1, word: 2, text: 3 };

interface Candidate {
  id: string;
  name: string;
  labels: string[];
  score: number;
  aliases: string[];
  description: string | null;
}

/**
 * Orders hits so the thing named comes first: entities before reports (the
 * source label); then an exact name or alias; then names or aliases that
 * start with the query or have it as a word, actors and things before the
 * events whose names mention them; then matches elsewhere (descriptions);
 * within each, the index's score and the shorter name.
 */
export function rankHits<T extends Candidate>(
  query: string,
  hits: T[],
  roles: { sourceLabel: string; eventLabel: string },
): (T & { match: MatchKind; group: 'entity' | 'source' })[] {
  const ranked = hits.map((h) => ({
    ...h,
    match: matchKind(query, [h.name, ...h.aliases]),
    group: h.labels.includes(roles.sourceLabel) ? ('source' as const) : ('entity' as const),
  }));
  const named = (m: MatchKind) => (m === 'exact' ? 0 : m === 'text' ? 2 : 1);
  const key = (h: (typeof ranked)[number]) => [
    h.group === 'source' ? 1 : 0,
    named(h.match),
    named(h.match) === 1 && h.labels.includes(roles.eventLabel) ? 1 : 0,
    TIER[h.match],
  ];
  return ranked.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    return b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name);
  });
}

/** One candidate as the search's Cypher projects it (see `hit` in search). */
const Hit = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  aliases: z.unknown(),
  description: z.unknown(),
});

/** How many index hits are re-ranked: enough that the exact match is among them. */
const CANDIDATES = 200;

export async function search(ctx: GraphContext, q: SearchQuery): Promise<SearchResult> {
  await checkVocabulary(ctx, { labels: q.labels });
  const { fulltextIndexes } = await ctx.vocabulary();
  const lucene = luceneQuery(q.q);
  const labels = q.labels ?? [];
  const params = {
    lucene: lucene ?? '',
    text: q.q.toLowerCase(),
    labels,
    limit: CANDIDATES,
    // The index itself keeps only the best hits (a top-k search), so scoring
    // stops there rather than at every node the words match.
    reach: labels.length > 0 ? FULLTEXT_REACH : CANDIDATES,
  };
  const filter = `(size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))`;
  // A hit as the few fields ranking and the answer use, not the whole node:
  // 200 candidates with long descriptions and every property cost more to
  // send and decode than the search itself.
  const caption = captionCypher('node', ctx.profile.captions);
  // The node's key as nodeKey gives it: a non-empty string id, else the element id.
  const key = `CASE WHEN node.id IS :: STRING NOT NULL AND node.id <> '' THEN node.id ELSE elementId(node) END`;
  const hit = `{id: ${key}, name: coalesce(${caption}, ${key}),
       labels: [l IN labels(node) WHERE NOT l STARTS WITH '_'],
       aliases: node.aliases, description: node.description}`;
  const fulltext = `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $reach}) YIELD node, score
       WHERE ${filter}
       WITH node, score ORDER BY score DESC LIMIT $limit
       RETURN ${hit} AS hit, score`;
  // Without the full-text index (or when it knows nothing of the words, as
  // for labels it does not cover) a name scan over at most NAME_SCAN_CAP nodes.
  const fallback = `CALL () { MATCH (node) RETURN node LIMIT ${NAME_SCAN_CAP} }
       WITH node, ${caption} AS caption
       WHERE toLower(caption) CONTAINS $text AND ${filter}
       WITH node ORDER BY size(caption), caption LIMIT $limit
       RETURN ${hit} AS hit, 1.0 AS score`;
  // The dataset's own index, else any full-text index the database has (an existing database's).
  const index = fulltextIndexes.includes(ctx.profile.searchIndex)
    ? ctx.profile.searchIndex
    : fulltextIndexes[0];
  const useIndex = index !== undefined && lucene !== undefined;
  let mode: 'fulltext' | 'name-scan' = useIndex ? 'fulltext' : 'name-scan';
  let { records } = await ctx.read(useIndex ? fulltext : fallback, {
    ...params,
    index: index ?? '',
  });
  if (useIndex && records.length === 0) {
    mode = 'name-scan';
    ({ records } = await ctx.read(fallback, params));
  }
  const candidates = records.map((r) => {
    const h = readPlain(r, 'hit', Hit);
    return {
      id: h.id,
      name: h.name,
      labels: h.labels,
      score: Number(r.get('score')),
      aliases: Array.isArray(h.aliases) ? h.aliases.map(String) : [],
      description: typeof h.description === 'string' ? h.description : null,
    };
  });
  return {
    query: q.q,
    mode,
    hits: rankHits(q.q, candidates, ctx.profile).slice(0, q.limit),
  };
}
