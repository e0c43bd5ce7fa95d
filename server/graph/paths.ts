import { basisOf, type PathStep, type PathsQuery, type PathsResult } from '../../contract/index.js';
import {
  GraphCollector,
  nodeKey,
  plainProperties,
  toGraphNode,
  type Captions,
  type Node,
  type Path,
} from '../neo4j/convert.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';
import { perLoad } from './load-cache.js';
import { readOptionalString } from '../neo4j/decode.js';
import { degree, searchPaths } from './path-search.js';

export { cutOnTimeout } from './path-search.js';

/** LED_TO → "led to": relationship types read as words. */
export function typeInWords(type: string): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

/**
 * The reports behind a relationship, as its step's words name them:
 * "(src:001, src:003)", with the sentence it rests on where there is one:
 * "(src:002 ¶7: “…”)", and how it rests on it when no report states it
 * ("the analyst's reading", "background knowledge").
 */
export function evidenceWords(
  sources: string[],
  evidence: {
    quote?: string | null;
    quoteSource?: string | null;
    paragraph?: number | null;
    basis?: string | null;
  } = {},
): string {
  if (sources.length === 0) return ' (no report cited)';
  const how =
    evidence.basis === 'inferred'
      ? "the analyst's reading"
      : evidence.basis === 'background'
        ? 'background knowledge'
        : null;
  if (!evidence.quote) return ` (${sources.join(', ')}${how ? `; ${how}` : ''})`;
  const from = evidence.quoteSource ?? sources[0] ?? '';
  const at = `${from}${evidence.paragraph ? ` ¶${evidence.paragraph}` : ''}`;
  const others = sources.length === 1 && sources[0] === from ? '' : `${sources.join(', ')}; `;
  return ` (${others}${at}${how ? `, ${how}` : ''}: “${evidence.quote}”)`;
}

/** Spells a path out as steps; each step states its fact in the relationship's own direction and names its reports. */
export function spellPath(
  path: Path,
  hubs: ReadonlySet<string> = new Set(),
  captions: Captions = {},
): { length: number; steps: PathStep[]; text: string } {
  const nameOf = (n: Node) => toGraphNode(n, captions).name;
  let at = path.start;
  const steps: PathStep[] = path.segments.map((segment) => {
    const from = at;
    const to = segment.start.elementId === from.elementId ? segment.end : segment.start;
    const forward = segment.relationship.startNodeElementId === from.elementId;
    at = to;
    const [subject, object] = forward ? [from, to] : [to, from];
    const props = plainProperties(segment.relationship.properties);
    const listed: unknown = props.sources;
    const sources = Array.isArray(listed) ? listed.map(String) : [];
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const quote = str(props.quote);
    const paragraph = typeof props.paragraph === 'number' ? props.paragraph : null;
    const quoteSource =
      str(props.quoteSource) ?? (quote && sources.length === 1 ? (sources[0] ?? null) : null);
    const basis = basisOf(props);
    return {
      from: { id: nodeKey(from), name: nameOf(from) },
      type: segment.relationship.type,
      to: { id: nodeKey(to), name: nameOf(to) },
      forward,
      text: `${nameOf(subject)} ${typeInWords(segment.relationship.type)} ${nameOf(object)}${evidenceWords(sources, { quote, quoteSource, paragraph, basis })}`,
      sources,
      basis,
      quote,
      quoteSource,
      paragraph,
      note: str(props.note) ?? str(props.description),
      hub: hubs.has(to.elementId),
    };
  });
  return { length: path.length, steps, text: steps.map((s) => s.text).join('; ') };
}

/**
 * The lowest hub threshold served: below it almost every node is a hub, and
 * the per-load list of candidates (every node above the floor) would grow
 * with the graph. A lower hubDegree is raised to this and the answer says so.
 */
export const HUB_FLOOR = 10;

/** The threshold a request gets: its own, raised to HUB_FLOOR. */
export const hubThreshold = (requested: number) => Math.max(HUB_FLOOR, requested);

/**
 * Element ids and degrees (provenance aside) of every node with more than
 * HUB_FLOOR links. Finding them reads every node's degree, so the list is
 * read once per load, for every threshold, most connected first: each
 * request keeps the prefix above its own threshold.
 */
async function hubCandidates(ctx: GraphContext): Promise<{ id: string; degree: number }[]> {
  return perLoad(ctx, 'hubs', String(HUB_FLOOR), async () => {
    const { records } = await ctx.read(
      `MATCH (h) WITH h, ${degree('h', ctx.profile.provenanceType)} AS degree WHERE degree > $hub
       WITH h, degree ORDER BY degree DESC
       RETURN collect([elementId(h), degree]) AS hubs`,
      { hub: HUB_FLOOR },
    );
    const rows: unknown = records[0]?.get('hubs');
    return Array.isArray(rows)
      ? rows.map((r) => {
          const [id, d] = Array.isArray(r) ? (r as unknown[]) : [];
          return { id: String(id), degree: Number(d) };
        })
      : [];
  });
}

/** Element ids of the nodes with more than `hubDegree` links (provenance aside). */
async function hubIds(ctx: GraphContext, hubDegree: number): Promise<string[]> {
  const all = await hubCandidates(ctx);
  const end = all.findIndex((h) => h.degree <= hubDegree);
  return (end < 0 ? all : all.slice(0, end)).map((h) => h.id);
}

/**
 * The most steps of the search that may pass hubs, when no path avoids them:
 * through hubs most of the graph lies within a few steps, so a longer path
 * through one says little, and every step is one more query.
 */
export const FALLBACK_DEPTH = 4;

/** Least generic first: through less connected nodes, then shorter, then in a stable order. */
export function rankPaths<T extends { generality: number; length: number; text: string }>(
  paths: T[],
): T[] {
  return [...paths].sort(
    (a, b) => a.generality - b.generality || a.length - b.length || a.text.localeCompare(b.text),
  );
}

export async function findPaths(ctx: GraphContext, asked: PathsQuery): Promise<PathsResult> {
  const q = { ...asked, hubDegree: hubThreshold(asked.hubDegree) };
  await checkVocabulary(ctx, { types: q.types });
  const ends = await ctx.read(
    `CALL () { ${await ctx.matchNode('a', 'from')} RETURN collect(elementId(a))[0] AS fromId }
     CALL () { ${await ctx.matchNode('b', 'to')} RETURN collect(elementId(b))[0] AS toId }
     RETURN fromId, toId`,
    { from: q.from, to: q.to },
  );
  const fromId = readOptionalString(ends.records[0], 'fromId');
  const toId = readOptionalString(ends.records[0], 'toId');
  if (!fromId) throw notFound('node', q.from);
  if (!toId) throw notFound('node', q.to);
  const endIds = { fromId, toId };
  const empty = { graph: { nodes: [], edges: [] }, paths: [], hubDegree: q.hubDegree };
  if (q.from === q.to) return { ...empty, hubsAvoided: q.avoidHubs, searchCut: false };

  const hubs = new Set(await hubIds(ctx, q.hubDegree));
  const search = (avoid: boolean, maxDepth: number) =>
    searchPaths(ctx, q, { ends: endIds, avoid, hubs, maxDepth });
  let found = await search(q.avoidHubs, q.maxDepth);
  let hubsAvoided = q.avoidHubs;
  let cut = found.cut;
  if (found.rows.length === 0 && q.avoidHubs) {
    // No path avoids the hubs: a path through one beats no path at all. Hubs
    // put most of the graph a few steps away, so this search is kept to
    // FALLBACK_DEPTH steps, where through a hub nearly everything connects;
    // it reads LINK_CAP links of a hub, and a hub both sides reach is where
    // they meet without its links being read at all.
    found = await search(false, Math.min(q.maxDepth, FALLBACK_DEPTH));
    hubsAvoided = false;
    cut = cut || found.cut;
  }
  const seen = new Set<string>();
  const spelled = rankPaths(
    found.rows.map(({ path, generality }) => ({
      ...spellPath(path, hubs, ctx.profile.captions),
      generality,
      path,
    })),
    // Two relationships of one type between the same nodes read the same: keep one.
  ).filter((p) => !seen.has(p.text) && seen.add(p.text));
  const kept =
    q.mode === 'shortest'
      ? spelled.slice(0, 1)
      : q.mode === 'ranked'
        ? spelled.slice(0, q.limit)
        : spelled;
  return {
    graph: new GraphCollector(ctx.profile.captions).add(kept.map((p) => p.path)).build(),
    paths: kept.map(({ path: _path, ...rest }) => rest),
    hubDegree: q.hubDegree,
    hubsAvoided,
    // A cap that dropped nodes while paths were found is not a cut: each path
    // is real, and shortest among what was searched (see searchPaths).
    searchCut: kept.length === 0 && cut,
  };
}
