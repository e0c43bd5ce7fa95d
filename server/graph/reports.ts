/**
 * Reports as the reading view sees them: each Source with its stored text
 * (server/loader/report-texts.ts), the claims already drawn from it, and
 * the graph's names to mark in it.
 */
import { z } from 'zod';
import {
  ReportSummary,
  type Reading,
  type ReportDetail,
  type ReportList,
} from '../../contract/index.js';
import { ident } from '../../core/dataset/profile.js';
import { buildNameIndex, type NameIndex } from '../../core/reports/names.js';
import { readingOf, type ClaimOnReport } from '../../core/reports/reading.js';
import { readPlain, readStrings } from '../neo4j/decode.js';
import { notFound, type GraphContext } from './context.js';
import { loadStamp, perLoad } from './load-cache.js';

/** A Source's fields as a report; its paragraphs stay behind unless asked for. */
export const reportFields = (s: string) => `${s} {
  id: ${s}.id, name: coalesce(${s}.name, ${s}.id), outlet: ${s}.outlet, headline: ${s}.headline,
  url: ${s}.url, datePrinted: ${s}.datePrinted, date: toString(${s}.date),
  datePrecision: ${s}.datePrecision, dateInferred: coalesce(${s}.dateInferred, false),
  dateInferredFrom: ${s}.dateInferredFrom, file: ${s}.file,
  paragraphs: size(coalesce(${s}._paragraphs, [])),
  addedBy: ${s}._addedBy, addedAt: toString(${s}._addedAt)
}`;

const Summary = ReportSummary.extend({
  // A dataset may write other words for a precision; the report then has none the API knows.
  datePrecision: z
    .string()
    .nullable()
    .transform((p) => (p === 'day' || p === 'month' || p === 'year' ? p : null)),
  outlet: z.string().nullable().default(null),
  headline: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  datePrinted: z.string().nullable().default(null),
  dateInferredFrom: z.string().nullable().default(null),
  file: z.string().nullable().default(null),
  addedBy: z.string().nullable().default(null),
  addedAt: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
});

export async function listReports(ctx: GraphContext): Promise<ReportList> {
  const { records } = await ctx.read(
    `MATCH (s:${ident(ctx.profile.sourceLabel)})
     RETURN ${reportFields('s')} AS report ORDER BY s.date, s.id LIMIT 10000`,
  );
  return { reports: records.map((r) => readPlain(r, 'report', Summary)) };
}

export async function reportDetail(ctx: GraphContext, id: string): Promise<ReportDetail> {
  const { records } = await ctx.read(
    `MATCH (s:${ident(ctx.profile.sourceLabel)} {id: $id})
     RETURN ${reportFields('s')} AS report, coalesce(s._paragraphs, []) AS paragraphs LIMIT 1`,
    { id },
  );
  const row = records[0];
  if (!row) throw notFound('report', id);
  return {
    report: readPlain(row, 'report', Summary),
    paragraphs: readStrings(row, 'paragraphs').map((text, i) => ({ n: i + 1, text })),
  };
}

const VocabularyRows = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.unknown()).transform((a) => a.filter((x) => typeof x === 'string')),
    label: z.string(),
  }),
);

/** The most names the reading view matches: a graph far larger marks its best-connected. */
export const VOCABULARY_CAP = 50_000;

const indexes = new WeakMap<GraphContext, { stamp: string; index: Promise<NameIndex> }>();

/** Every node's name and aliases (reports' own excepted), indexed once per load. */
export async function nameIndex(ctx: GraphContext): Promise<NameIndex> {
  const stamp = await loadStamp(ctx);
  const hit = indexes.get(ctx);
  if (hit?.stamp === stamp) return hit.index;
  const index = ctx
    .read(
      `MATCH (n) WHERE n.name IS NOT NULL AND n.id IS NOT NULL
         AND NOT n:${ident(ctx.profile.sourceLabel)} AND NOT any(l IN labels(n) WHERE l STARTS WITH '_')
       WITH n ORDER BY COUNT { (n)--() } DESC LIMIT $cap
       RETURN collect({id: n.id, name: toString(n.name), aliases: coalesce(n.aliases, []),
                       label: head([l IN labels(n) WHERE NOT l STARTS WITH '_'])}) AS rows`,
      { cap: VOCABULARY_CAP },
    )
    .then(({ records }) => buildNameIndex(readPlain(records[0], 'rows', VocabularyRows)));
  indexes.set(ctx, { stamp, index });
  index.catch(() => indexes.delete(ctx));
  return index;
}

const ClaimRows = z.array(
  z.object({
    id: z.string(),
    what: z.string(),
    caption: z.string(),
    quote: z.string(),
    paragraph: z.number().int(),
    basis: z.string().nullable(),
    start: z.number().int().nullable(),
    end: z.number().int().nullable(),
    draft: z.boolean(),
  }),
);

/**
 * The claims drawn from a report with their spans: nodes linked to it with a
 * quote and a paragraph, and relationships whose quote is its words. The
 * latter means reading every relationship (a list property has no index),
 * so the answer is kept for the load.
 */
function claimsOn(ctx: GraphContext, id: string): Promise<ClaimOnReport[]> {
  const { sourceLabel, provenanceType } = ctx.profile;
  return perLoad(ctx, 'report-claims', id, async () => {
    const { records } = await ctx.read(
      `MATCH (s:${ident(sourceLabel)} {id: $id})
       CALL (s) {
         MATCH (n)-[p:${ident(provenanceType)}]->(s)
         WHERE p.quote IS NOT NULL AND p.paragraph IS NOT NULL
         RETURN collect({id: coalesce(n.id, elementId(n)), what: head(labels(n)),
           caption: toString(coalesce(n.name, n.id)), quote: p.quote, paragraph: toInteger(p.paragraph),
           basis: p.basis, start: p.start, end: p.end, draft: coalesce(p._draft, false)}) AS nodes
       }
       CALL (s) {
         MATCH (a)-[r]->(b)
         WHERE type(r) <> $provenance AND r.quote IS NOT NULL AND r.paragraph IS NOT NULL
           AND (r.quoteSource = s.id OR (r.quoteSource IS NULL AND r.sources = [s.id]))
         RETURN collect({id: coalesce(a.id, elementId(a)) + '|' + type(r) + '|' + coalesce(b.id, elementId(b)),
           what: type(r), caption: toString(coalesce(a.name, a.id)) + ' → ' + toString(coalesce(b.name, b.id)),
           quote: r.quote, paragraph: toInteger(r.paragraph), basis: r.basis, start: r.start, end: r.end,
           draft: coalesce(r._draft, false)}) AS rels
       }
       RETURN nodes + rels AS claims`,
      { id, provenance: provenanceType },
    );
    return readPlain(records[0], 'claims', ClaimRows.default([]));
  });
}

export async function reportReading(ctx: GraphContext, id: string): Promise<Reading> {
  const detail = await reportDetail(ctx, id);
  const [names, claims] = await Promise.all([nameIndex(ctx), claimsOn(ctx, id)]);
  const date = detail.report.date?.slice(0, 10) ?? null;
  const paragraphs = readingOf({
    paragraphs: detail.paragraphs.map((p) => p.text),
    reportDate: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    names,
    claims,
  });
  return { report: detail.report, paragraphs };
}
