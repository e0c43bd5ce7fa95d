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

/** At most this many words of a query are searched. */
const MAX_TERMS = 10;

/**
 * The words of a query, lower-case: runs of letters and digits. Emoji,
 * punctuation and Lucene's operators are not words, so "🧲 magnets" is
 * "magnets" and AND, OR and NOT are searched as words.
 */
export function searchTerms(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_TERMS);
}

/** British and American endings, both ways, for words long enough to carry them. */
const SPELLINGS: [RegExp, string][] = [
  [/ence$/, 'ense'],
  [/ense$/, 'ence'],
  [/our$/, 'or'],
  [/or$/, 'our'],
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/iz(e|ed|es|ing|ation|ations)$/, 'is$1'],
  [/yse$/, 'yze'],
  [/yze$/, 'yse'],
  [/tre$/, 'ter'],
  [/ter$/, 'tre'],
  [/ogue$/, 'og'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
];

/** The word without and with a plural ending. */
function numbers(word: string): string[] {
  if (word.length <= 3) return [word];
  if (word.endsWith('ies')) return [word, `${word.slice(0, -3)}y`];
  if (/(sses|xes|ches|shes)$/.test(word)) return [word, word.slice(0, -2)];
  if (word.endsWith('s') && !word.endsWith('ss')) return [word, word.slice(0, -1)];
  if (word.endsWith('y')) return [word, `${word.slice(0, -1)}ies`];
  return [word, `${word}s`];
}

/**
 * The forms a word of a query is searched by: itself, singular and plural,
 * its other spelling (licence, license) and its synonyms (each group a list
 * of words meaning one thing). The word itself comes first.
 */
export function wordForms(word: string, synonyms: readonly (readonly string[])[] = []): string[] {
  const out = new Set<string>([word]);
  const spell = (w: string) => {
    if (w.length < 6) return [w];
    const other = SPELLINGS.filter(([re]) => re.test(w)).map(([re, to]) => w.replace(re, to));
    return [w, ...other];
  };
  const base = [...new Set(numbers(word).flatMap(spell).flatMap(numbers))];
  for (const w of base) out.add(w);
  for (const group of synonyms) {
    const g = group.map((x) => x.toLowerCase());
    if (g.some((x) => base.includes(x))) for (const x of g) for (const f of numbers(x)) out.add(f);
  }
  return [...out];
}

/** How far a word may be misspelt and still match: none for short words, one or two letters for longer. */
export function typoDistance(word: string): 0 | 1 | 2 {
  if (word.length < 4 || /^\p{N}+$/u.test(word)) return 0;
  return word.length < 7 ? 1 : 2;
}

/**
 * Builds a Lucene query from a person's words, in any order: each word must
 * match (AND), as itself (ranked highest), as one of its other forms
 * (plural, the other spelling, a synonym), as the start of a longer word
 * (suggestions while typing) or misspelt by a letter or two (fuzzy). `any`
 * asks for any word instead of every one (the second try when every word
 * finds nothing). Terms are lower-case, which Lucene never reads as an operator.
 */
export function luceneQuery(
  text: string,
  synonyms: readonly (readonly string[])[] = [],
  any = false,
): string | undefined {
  const terms = searchTerms(text);
  if (terms.length === 0) return undefined;
  return terms
    .map((t) => {
      const e = escapeLucene(t);
      const alts = wordForms(t, synonyms)
        .slice(1)
        .map((f) => `${escapeLucene(f)}^2`);
      const typo = typoDistance(t);
      return `(${[`${e}^4`, ...alts, `${e}*^1.5`, ...(typo ? [`${e}~${typo}`] : [])].join(' OR ')})`;
    })
    .join(any ? ' OR ' : ' AND ');
}

export type MatchKind = 'exact' | 'prefix' | 'word' | 'text';

/** Lower-case, straight apostrophes, one space: how names and queries are compared. */
const fold = (t: string) =>
  t
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u2013\u2014-]+/g, ' ')
    .trim();

/** The edit distance of two short words, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How every word of the query is found among the words of one name, in any
 * order: 'literal' when each is there as typed (the last may be a start of a
 * word, still being typed), 'form' when some are there only as another form,
 * a spelling or a typo away; undefined when a word is not in the name.
 */
function wordsIn(
  terms: readonly string[],
  nameWords: readonly string[],
  synonyms: readonly (readonly string[])[],
): 'literal' | 'form' | undefined {
  let how: 'literal' | 'form' = 'literal';
  for (const [i, t] of terms.entries()) {
    const last = i === terms.length - 1;
    if (nameWords.includes(t) || (last && nameWords.some((w) => w.startsWith(t)))) continue;
    const forms = wordForms(t, synonyms);
    const typo = typoDistance(t);
    const found = nameWords.some(
      (w) => forms.includes(w) || (typo > 0 && editDistance(t, w, typo) <= typo),
    );
    if (!found) return undefined;
    how = 'form';
  }
  return how;
}

/** How a node's names (name and aliases) match the whole query. */
export function matchKind(
  query: string,
  names: string[],
  synonyms: readonly (readonly string[])[] = [],
): MatchKind {
  return matchOf(query, names, synonyms).kind;
}

/** The match, and whether its words were found as typed ('literal') or only as other forms. */
function matchOf(
  query: string,
  names: string[],
  synonyms: readonly (readonly string[])[],
): { kind: MatchKind; literal: boolean } {
  const q = fold(query);
  const folded = names.map(fold);
  if (folded.some((n) => n === q)) return { kind: 'exact', literal: true };
  if (folded.some((n) => n.startsWith(q))) return { kind: 'prefix', literal: true };
  if (folded.some((n) => ` ${n}`.includes(` ${q}`))) return { kind: 'word', literal: true };
  const terms = searchTerms(query);
  if (terms.length === 0) return { kind: 'text', literal: false };
  let best: 'literal' | 'form' | undefined;
  for (const n of names) {
    const how = wordsIn(terms, searchTerms(n), synonyms);
    if (how === 'literal') return { kind: 'word', literal: true };
    best ??= how;
  }
  return best ? { kind: 'word', literal: false } : { kind: 'text', literal: false };
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
 * hold every word of the query (in any order; as typed before as another
 * form, spelling or typo), actors and things before the events whose names
 * mention them, and events before the figures that count them; then
 * matches elsewhere (descriptions); within each, the index's score and the
 * shorter name.
 */
export function rankHits<T extends Candidate>(
  query: string,
  hits: T[],
  roles: {
    sourceLabel: string;
    eventLabel: string;
    figureLabel?: string;
    searchSynonyms?: readonly (readonly string[])[];
  },
): (T & { match: MatchKind; group: 'entity' | 'source' })[] {
  const synonyms = roles.searchSynonyms ?? [];
  const ranked = hits.map((h) => {
    const m = matchOf(query, [h.name, ...h.aliases], synonyms);
    return {
      ...h,
      match: m.kind,
      literal: m.literal,
      group: h.labels.includes(roles.sourceLabel) ? ('source' as const) : ('entity' as const),
    };
  });
  const named = (m: MatchKind) => (m === 'exact' ? 0 : m === 'text' ? 2 : 1);
  const role = (labels: string[]) =>
    roles.figureLabel !== undefined && labels.includes(roles.figureLabel)
      ? 2
      : labels.includes(roles.eventLabel)
        ? 1
        : 0;
  const key = (h: (typeof ranked)[number]) => [
    h.group === 'source' ? 1 : 0,
    named(h.match),
    named(h.match) === 1 && !h.literal ? 1 : 0,
    named(h.match) === 1 ? role(h.labels) : 0,
    TIER[h.match],
  ];
  return ranked
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) {
        const d = (ka[i] ?? 0) - (kb[i] ?? 0);
        if (d !== 0) return d;
      }
      return b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name);
    })
    .map(
      ({ literal: _literal, ...h }) =>
        h as unknown as T & { match: MatchKind; group: 'entity' | 'source' },
    );
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
  const synonyms = ctx.profile.searchSynonyms;
  const lucene = luceneQuery(q.q, synonyms);
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
  const fallback = `CALL () { MATCH (node) WHERE NOT node:_Private RETURN node LIMIT ${NAME_SCAN_CAP} }
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
  // The index knows nothing of the words together: the names as typed
  // first (labels the index does not cover), then any of the words, ranked
  // by how many match.
  if (useIndex && records.length === 0) {
    mode = 'name-scan';
    ({ records } = await ctx.read(fallback, params));
  }
  if (useIndex && records.length === 0 && searchTerms(q.q).length > 1) {
    mode = 'fulltext';
    ({ records } = await ctx.read(fulltext, {
      ...params,
      lucene: luceneQuery(q.q, synonyms, true) ?? '',
      index,
    }));
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
