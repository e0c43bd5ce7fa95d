import type {
  ChainLink,
  ChainQuery,
  GraphEdge,
  EventChain,
  Timeline,
  TimelineEvent,
  TimelineQuery,
} from '../../contract/index.js';
import { z } from 'zod';
import { basisOf, readTimelineCursor, timelineCursor } from '../../contract/index.js';
import { GraphCollector, toGraphNode, type Node } from '../neo4j/convert.js';
import { decodePlain, readList, readNode, readPlain } from '../neo4j/decode.js';
import { asOfParams, nodeVisible, relationshipVisible } from '../../core/cypher/as-of.js';
import { checkVocabulary, notFound, type GraphContext } from './context.js';
import { datingRules } from './dataset-info.js';
import { toSourceRefs } from './evidence.js';
import { captionCypher, timelineLabels } from '../../core/dataset/shape.js';
import { ident, type GraphProfile } from '../../core/dataset/profile.js';
import { chainKind } from './relationships.js';

/** `collect({node, role})` of an event's participants, once plain (node null for an empty match). */
const Participants = z
  .array(
    z.object({
      node: z.object({ id: z.string(), name: z.string(), labels: z.array(z.string()) }).nullable(),
      role: z.string(),
    }),
  )
  .nullable();

const ChainPosition = z.enum(['cause', 'root', 'consequence']);

function toTimelineEvent(
  p: Pick<GraphProfile, 'eventLabel' | 'captions'>,
  node: Node,
  participants: unknown,
  sources: unknown,
): TimelineEvent {
  const g = toGraphNode(node, p.captions);
  const props = g.properties;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const people = decodePlain(participants, 'participants', Participants, p.captions) ?? [];
  return {
    id: g.id,
    name: g.name,
    labels: g.labels,
    kind: g.labels.find((l) => l !== p.eventLabel) ?? null,
    description: text(props.description),
    date: String(props.date),
    endDate: text(props.endDate),
    endDatePrecision: text(props.endDatePrecision),
    datePrecision: text(props.datePrecision),
    dateInferred: props.dateInferred === true,
    dateInferredFrom: text(props.dateInferredFrom),
    firstReported: text(props.firstReported),
    participants: people.flatMap(({ node, role }) =>
      node ? [{ id: node.id, name: node.name, labels: node.labels, role }] : [],
    ),
    sources: toSourceRefs(sources, p.captions),
  };
}

const baseParams = (p: GraphProfile) => ({
  provenance: p.provenanceType,
  chainTypes: p.chainTypes,
});

/**
 * The participants of event `e` as a CALL returning `participants`: small
 * maps (id, name, labels) rather than whole nodes, since a row needs no more
 * and hubs among the participants carry long descriptions.
 */
function participantsCall(p: GraphProfile): string {
  return `CALL (e) {
       MATCH (e)-[r]-(x)
       WHERE type(r) <> $provenance AND NOT type(r) IN $chainTypes
         AND NOT x:${ident(p.sourceLabel)} AND NOT x:${ident(p.eventLabel)}
       WITH DISTINCT x, type(r) AS role
       RETURN collect({node: {id: coalesce(x.id, elementId(x)), name: coalesce(${captionCypher('x', p.captions)}, x.id, elementId(x)),
                              labels: [l IN labels(x) WHERE NOT l STARTS WITH '_']},
                       role: role}) AS participants
     }`;
}

/** A source `s` as a small map: what a source reference shows, not the whole node. */
const sourceMap = (p: GraphProfile, s: string, extra = '') =>
  `{id: coalesce(${s}.id, elementId(${s})), name: coalesce(${captionCypher(s, p.captions)}, ${s}.id, elementId(${s})),
    properties: {outlet: ${s}.outlet, date: ${s}.date, datePrecision: ${s}.datePrecision${extra}}}`;

/** The participants and sources of event `e` for the timeline, as small maps (see participantsCall). */
function eventSummary(p: GraphProfile): string {
  return `${participantsCall(p)}
     CALL (e) {
       MATCH (e)-[sf:${ident(p.provenanceType)}]->(s:${ident(p.sourceLabel)})
       RETURN collect({source: ${sourceMap(p, 's')}, quote: sf.quote, note: sf.note,
                       paragraph: sf.paragraph, basis: sf.basis}) AS sources
     }`;
}

/**
 * The participants and sources of event `e` in a chain, as small maps with
 * the whole evidence of each source (quote, note and paragraph kept apart,
 * see evidenceMap).
 */
function chainEventDetails(p: GraphProfile): string {
  const more = ', dateInferred: s.dateInferred, dateInferredFrom: s.dateInferredFrom, file: s.file';
  return `${participantsCall(p)}
     CALL (e) {
       MATCH (e)-[sf:${ident(p.provenanceType)}]->(s:${ident(p.sourceLabel)})
       RETURN collect({source: ${sourceMap(p, 's', more)}, quote: sf.quote, note: sf.note,
                       paragraph: sf.paragraph, basis: sf.basis}) AS sources
     }`;
}

/**
 * The day after an event's end: an end of month or year precision is stored on
 * the first day of its period and lasts to the period's end. The range seek
 * below it looks a year back so the index still serves it.
 */
function endOfPeriod(e: string): string {
  return `CASE ${e}.endDatePrecision WHEN 'year' THEN ${e}.endDate + duration('P1Y')
    WHEN 'month' THEN ${e}.endDate + duration('P1M') ELSE ${e}.endDate + duration('P1D') END`;
}

/** An event's place in the timeline's order after its date: its id, or its element id if it has none. */
const eventKey = (e: string) => `coalesce(${e}.id, elementId(${e}))`;

/**
 * Cypher returning the first `$limit` events `e` of the window after the
 * cursor, in (date, key) order, each branch a range seek on an index read in
 * its order: events starting in the window (Event.date) and, when the window
 * has a start, events that began before it and end inside or after it
 * (Event.endDate). Conditions are written only for the bounds given, since
 * `$from IS NULL OR …` keeps Neo4j from using the index. The seek starts at
 * the later of the window's start and the cursor's date, so a later page
 * reads no more than the first.
 */
function eventsInWindow(event: string, q: TimelineQuery): string {
  const kinds = q.types && q.types.length > 0 ? ' AND any(l IN labels(e) WHERE l IN $types)' : '';
  const after = q.after
    ? ` AND e.date >= date($afterDate) AND (e.date > date($afterDate) OR ${eventKey('e')} > $afterKey)`
    : '';
  const to = `${q.to ? ' AND e.date <= date($to)' : ''}${kinds}${after} AND (${nodeVisible('e', q)})`;
  const starts = q.from
    ? `MATCH (e:${event}) WHERE e.date >= date($from)${to}`
    : `MATCH (e:${event}) WHERE e.date IS NOT NULL${to}`;
  const first = `WITH e ORDER BY e.date, ${eventKey('e')} LIMIT $limit RETURN e`;
  // Events that began before the window all come before a cursor inside it.
  const before = q.from && !(q.after && readTimelineCursor(q.after).date >= q.from);
  if (!before) return `CALL () { ${starts} ${first} }`;
  return `CALL () {
       ${starts} ${first}
       UNION
       MATCH (e:${event}) WHERE e.endDate >= date($from) - duration('P1Y') AND e.date < date($from)
         AND ${endOfPeriod('e')} > date($from)${to} ${first}
     }`;
}

/**
 * One page of the timeline: the window's events after the cursor, in (date,
 * id) order. One event more than the page is read to know whether another
 * page follows; participants and sources are read for the page's events only.
 */
export async function timeline(ctx: GraphContext, q: TimelineQuery): Promise<Timeline> {
  await checkVocabulary(ctx, { labels: q.types });
  const p = ctx.profile;
  const cursor = q.after ? readTimelineCursor(q.after) : null;
  const { records } = await ctx.read(
    `${eventsInWindow(timelineLabels({ eventLabel: p.eventLabel, dates: await datingRules(ctx) }), { ...q, limit: q.limit + 1 })}
     WITH e ORDER BY e.date, ${eventKey('e')} LIMIT $limit
     WITH collect(e) AS page
     UNWIND page[..$shown] AS e
     ${eventSummary(p)}
     RETURN e, participants, sources, size(page) > $shown AS more`,
    {
      ...baseParams(p),
      from: q.from ?? null,
      to: q.to ?? null,
      types: q.types ?? [],
      limit: q.limit + 1,
      shown: q.limit,
      afterDate: cursor?.date ?? null,
      afterKey: cursor?.id ?? null,
      ...asOfParams(q),
    },
  );
  const events = records.map((r) =>
    toTimelineEvent(p, readNode(r, 'e'), r.get('participants'), r.get('sources')),
  );
  const last = events.at(-1);
  const more = records[0]?.get('more') === true;
  return { events, next: more && last ? timelineCursor(last) : null };
}

/** A chain edge as the contract's link: its kind, the analyst's note and the verbatim basis. */
export function chainLink(p: GraphProfile, e: GraphEdge): ChainLink {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const sources = Array.isArray(e.properties.sources) ? e.properties.sources.map(String) : [];
  const paragraph = e.properties.paragraph;
  return {
    source: e.source,
    target: e.target,
    type: e.type,
    kind: chainKind(p, e.type) ?? 'sequence',
    basis: basisOf(e.properties),
    description: text(e.properties.description) ?? text(e.properties.note),
    note: text(e.properties.note),
    sources,
    quote: text(e.properties.quote),
    quoteSource:
      text(e.properties.quoteSource) ??
      (text(e.properties.quote) && sources.length === 1 ? (sources[0] ?? null) : null),
    paragraph: typeof paragraph === 'number' ? paragraph : null,
  };
}

/**
 * How far a chain reaches: at most `reach` causes and `reach` consequences
 * (distinct events, in the order the search finds them) and `linkCap`
 * links among them, whatever the depth asked and however branched the chain.
 */
export const chainCaps = { reach: 200, linkCap: 2_000 };

/**
 * Causes and consequences of an event along the chain relationships (which
 * point from cause to consequence), in time order, bounded by chainCaps.
 */
export async function eventChain(
  ctx: GraphContext,
  id: string,
  q: ChainQuery,
  caps: typeof chainCaps = chainCaps,
): Promise<EventChain> {
  const p = ctx.profile;
  const known = await ctx.vocabulary();
  const walked = q.causesOnly ? p.causalTypes : p.chainTypes;
  const chainTypes = walked.filter((t) => known.types.includes(t));
  const types = chainTypes.length > 0 ? chainTypes.map(ident).join('|') : ident('__none__');
  const event = ident(p.eventLabel);
  const wanted = (dir: 'causes' | 'consequences') => q.direction === 'both' || q.direction === dir;
  const { records } = await ctx.read(
    `MATCH (root:${event} {id: $id})
     CALL (root) {
       OPTIONAL MATCH (x:${event})-[rs:${types}*1..${q.depth}]->(root)
       WHERE $causes AND all(r IN rs WHERE ${relationshipVisible('r', q)}) AND (${nodeVisible('x', q)})
       WITH DISTINCT x LIMIT $reach
       RETURN collect(x) AS causes
     }
     CALL (root) {
       OPTIONAL MATCH (root)-[rs:${types}*1..${q.depth}]->(x:${event})
       WHERE $consequences AND all(r IN rs WHERE ${relationshipVisible('r', q)}) AND (${nodeVisible('x', q)})
       WITH DISTINCT x LIMIT $reach
       RETURN collect(x) AS consequences
     }
     WITH root, causes, consequences, [root] + causes + consequences AS chain
     CALL (chain) {
       UNWIND chain AS a
       MATCH (a)-[r:${types}]->(b) WHERE b IN chain AND ${relationshipVisible('r', q)}
       WITH DISTINCT r LIMIT $linkCap
       RETURN collect(r) AS links
     }
     UNWIND chain AS e
     WITH DISTINCT e, root, causes, links,
          CASE WHEN e = root THEN 'root' WHEN e IN causes THEN 'cause' ELSE 'consequence' END AS position
     ${chainEventDetails(p)}
     RETURN e, position, participants, sources, links
     ORDER BY e.date, e.id`,
    {
      ...baseParams(p),
      id,
      causes: wanted('causes'),
      consequences: wanted('consequences'),
      ...caps,
      ...asOfParams(q),
    },
  );
  if (records.length === 0) throw notFound('event', id);
  const links = readList(records[0], 'links');
  const collector = new GraphCollector(p.captions)
    .add(records.map((r): unknown => r.get('e')))
    .add(links);
  const graph = collector.build();
  return {
    root: id,
    events: records.map((r) => ({
      ...toTimelineEvent(p, readNode(r, 'e'), r.get('participants'), r.get('sources')),
      position: readPlain(r, 'position', ChainPosition),
    })),
    links: graph.edges.map((e) => chainLink(p, e)),
    graph,
  };
}
