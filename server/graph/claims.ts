import type { Claim, ClaimGroup, ClaimsQuery, ClaimsResult } from '../../contract/index.js';
import { z } from 'zod';
import { toGraphNode } from '../neo4j/convert.js';
import type { GraphContext } from './context.js';
import { perLoad } from './load-cache.js';
import { evidenceMap, toSourceRefs } from './evidence.js';
import { ident, type GraphProfile } from '../../core/dataset/profile.js';
import { decodePlain, readNode, readOptionalString, readPlain } from '../neo4j/decode.js';

/** `collect({id, name})` of the nodes a claim is about or attributed to. */
const NamedRefs = z
  .array(z.object({ id: z.unknown().optional(), name: z.unknown().optional() }))
  .nullable();

/** A string property of `f`, else null (other types are not text to group by). */
const text = (property: string) => `CASE WHEN f.${property} IS :: STRING THEN f.${property} END`;

/** A claim's topic: its topic, else what it measures, else its own id. */
const TOPIC = `coalesce(${text('topic')}, ${text('measure')}, ${text('id')}, elementId(f))`;

/**
 * Figures disagree only when they give different values of the same
 * quantity and measure, in the same unit, for the same period: China's share
 * of rare-earth mining at 60 and 70 per cent is a disagreement; a two-month
 * global disruption beside a six-month pause for India is not (two
 * quantities under one topic, listed together). A figure's quantity is its
 * `quantity`, else its `measure`, else its topic (a dataset that
 * says nothing finer compares a topic's figures with each other). Figures without a numeric
 * value do not count. A topic is conflicting when any of its quantities is.
 * Reading each figure's topic, quantity, period, unit and value (a few
 * property reads each, no relationships) and ordering them grows with the
 * number of figures: it is done once per load (see orderedFigures).
 */
const topicsOf = (match: string, conflictingOnly: boolean) => `${match}
  WITH ${TOPIC} AS topic,
       coalesce(${text('quantity')}, ${text('measure')}, ${TOPIC}) + '|' +
       coalesce(${text('periodLabel')}, '') + '|' + coalesce(${text('unit')}, '') AS scale,
       f
  WITH topic, scale,
       count(DISTINCT CASE WHEN f.value IS :: INTEGER | FLOAT THEN f.value END) AS values,
       collect(f) AS figures
  WITH topic, collect({disagree: values > 1, figures: figures}) AS scales
  WITH topic, any(s IN scales WHERE s.disagree) AS conflicting, scales
  ${conflictingOnly ? 'WHERE conflicting' : ''}`;

/** The figures the filters keep, as `f`. */
function matchFigures(p: GraphProfile, q: ClaimsQuery): string {
  // Only the filters asked for are written: `$x IS NULL OR …` would keep Neo4j from an index.
  const where = [
    q.topic === undefined ? null : 'f.topic = $topic',
    q.subject === undefined
      ? null
      : `EXISTS { (f)-[:${ident(p.figureSubjectType)}]->({id: $subject}) }`,
  ].filter((x) => x !== null);
  return `MATCH (f:${ident(p.figureLabel)})${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
}

/** A figure's place in the claims' order: its element id, its topic and the disagreement flags. */
const Ordered = z.array(z.tuple([z.string(), z.string(), z.boolean(), z.boolean()]));
type Ordered = z.infer<typeof Ordered>;

/**
 * Every figure the filters keep, in the claims' order (topic, value, id),
 * with its topic's and quantity's disagreement. Judging disagreement reads
 * every figure of the filters, so the list is made once per load and filter
 * (perLoad) and each page is a slice of it: a page's cost is its own
 * figures' reads, however many figures the graph holds.
 */
function orderedFigures(ctx: GraphContext, q: ClaimsQuery): Promise<Ordered> {
  const key = JSON.stringify([q.topic ?? null, q.subject ?? null, q.conflicting === true]);
  return perLoad(ctx, 'claims', key, async () => {
    const { records } = await ctx.read(
      `${topicsOf(matchFigures(ctx.profile, q), q.conflicting === true)}
       UNWIND scales AS sc
       UNWIND sc.figures AS f
       WITH topic, conflicting, sc.disagree AS disagrees, f
       ORDER BY topic, f.value, f.id, elementId(f)
       RETURN collect([elementId(f), topic, conflicting, disagrees]) AS figures`,
      { topic: q.topic ?? null, subject: q.subject ?? null },
    );
    return readPlain(records[0], 'figures', Ordered) ?? [];
  });
}

/**
 * One page of claims, ordered by topic, value and id, so pages neither
 * overlap nor miss a claim: a slice of the per-load order, whose figures
 * alone are then read with their subjects, attributions and reports.
 */
export async function claims(ctx: GraphContext, q: ClaimsQuery): Promise<ClaimsResult> {
  const p = ctx.profile;
  const all = await orderedFigures(ctx, q);
  const page = all.slice(q.offset, q.offset + q.limit);
  const { records } = await ctx.read(
    `UNWIND range(0, size($page) - 1) AS i
     WITH i, $page[i] AS row
     MATCH (f) WHERE elementId(f) = row[0]
     CALL (f) {
       OPTIONAL MATCH (f)-[:${ident(p.figureSubjectType)}]->(s)
       RETURN collect(DISTINCT {id: s.id, name: s.name}) AS subjects
     }
     CALL (f) {
       OPTIONAL MATCH (f)-[:${ident(p.figureAttributionType)}]->(a)
       RETURN collect(DISTINCT {id: a.id, name: a.name}) AS attributedTo
     }
     CALL (f) {
       OPTIONAL MATCH (f)-[sf:${ident(p.provenanceType)}]->(src:${ident(p.sourceLabel)})
       RETURN collect(${evidenceMap('sf', 'src')}) AS sources
     }
     RETURN row[1] AS topic, row[2] AS conflicting, row[3] AS disagrees, f, subjects, attributedTo, sources
     ORDER BY i`,
    { page },
  );
  const total = all.length;
  const groups: ClaimGroup[] = [];
  for (const r of records) {
    const f = toGraphNode(readNode(r, 'f'), p.captions);
    const props = f.properties;
    const textOf = (v: unknown) => (typeof v === 'string' ? v : null);
    const refs = (v: unknown, column: string) =>
      (decodePlain(v, column, NamedRefs) ?? []).flatMap((x) =>
        typeof x.id === 'string' ? [{ id: x.id, name: textOf(x.name) ?? x.id }] : [],
      );
    const claim: Claim = {
      id: f.id,
      name: f.name,
      value: typeof props.value === 'number' ? props.value : null,
      unit: textOf(props.unit),
      valueText: textOf(props.valueText),
      qualifier: textOf(props.qualifier),
      measure: textOf(props.measure),
      quantity: textOf(props.quantity) ?? textOf(props.measure),
      disagrees: r.get('disagrees') === true,
      periodLabel: textOf(props.periodLabel),
      subjects: refs(r.get('subjects'), 'subjects'),
      attributedTo: refs(r.get('attributedTo'), 'attributedTo'),
      sources: toSourceRefs(r.get('sources'), p.captions),
    };
    const topic = readOptionalString(r, 'topic') ?? claim.id;
    const last = groups.at(-1);
    if (last?.topic === topic) last.claims.push(claim);
    else {
      const conflicting = readPlain(r, 'conflicting', z.boolean());
      groups.push({ topic, conflicting, claims: [claim] });
    }
  }
  const shown = groups.reduce((n, g) => n + g.claims.length, 0);
  const next = q.offset + shown;
  return { groups, total, nextOffset: shown > 0 && next < total ? next : null };
}
