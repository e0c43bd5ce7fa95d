import { z } from 'zod';
import { DatePrecision, IsoDate } from './common.js';

/** A paragraph of a stored report: its number (the headline, when printed, is 1) and its text. */
export const ReportParagraph = z.object({
  n: z.number().int().min(1),
  text: z.string(),
});
export type ReportParagraph = z.infer<typeof ReportParagraph>;

export const ReportSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    outlet: z.string().nullable(),
    headline: z
      .string()
      .nullable()
      .meta({ description: 'The headline as printed; null when none is' }),
    url: z.string().nullable(),
    datePrinted: z.string().nullable().meta({ description: 'The date as the report prints it' }),
    date: z.string().nullable(),
    datePrecision: DatePrecision.nullable(),
    dateInferred: z.boolean(),
    dateInferredFrom: z
      .string()
      .nullable()
      .meta({ description: 'The wording an inferred date came from' }),
    paragraphs: z
      .number()
      .meta({ description: 'How many paragraphs its stored text has (0: no text stored)' }),
    file: z
      .string()
      .nullable()
      .meta({ description: "The dataset's text file the seed's text was read from" }),
    addedBy: z.string().nullable(),
    addedAt: z.string().nullable(),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportList = z.object({ reports: z.array(ReportSummary) }).meta({ id: 'ReportList' });
export type ReportList = z.infer<typeof ReportList>;

export const ReportDetail = z
  .object({ report: ReportSummary, paragraphs: z.array(ReportParagraph) })
  .meta({ id: 'ReportDetail' });
export type ReportDetail = z.infer<typeof ReportDetail>;

export const FurnitureKind = z.enum(['repeat', 'advertisement', 'related', 'unrelated']);
export const Furniture = z.object({
  paragraph: z.number().int(),
  kind: FurnitureKind,
  reason: z.string(),
});
export type Furniture = z.infer<typeof Furniture>;

export const InputFormat = z.enum(['text', 'markdown', 'html']);

/** A report handed in: pasted text, or a file's text with its name. */
export const ReportInput = z.object({
  content: z.string().meta({ description: 'The text pasted, or the file read as UTF-8' }),
  fileName: z
    .string()
    .max(255)
    .nullable()
    .optional()
    .meta({ description: 'The uploaded file (.txt, .md or .html); absent for a paste' }),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const DuplicateOf = z.object({ id: z.string(), name: z.string(), link: z.string() });

export const ReportPreview = z
  .object({
    format: InputFormat,
    paragraphs: z.array(ReportParagraph),
    furniture: z
      .array(Furniture)
      .meta({ description: 'Paragraphs that look like page furniture, to drop' }),
    suggested: z.object({
      headline: z.string().nullable(),
      outlet: z.string().nullable(),
      datePrinted: z
        .object({ wording: z.string(), date: z.string(), paragraph: z.number() })
        .nullable(),
    }),
    duplicateOf: DuplicateOf.nullable().meta({ description: 'A stored report with the same text' }),
  })
  .meta({ id: 'ReportPreview' });
export type ReportPreview = z.infer<typeof ReportPreview>;

const INFERRED_NEEDS_WORDING =
  'An inferred date needs the wording it came from (dateInferredFrom), e.g. "on Thursday".';

export const ReportCreate = ReportInput.extend({
  drop: z.array(z.number().int().min(1)).max(5_000).default([]).meta({
    description: 'Paragraph numbers (as the preview numbers them) to leave out',
  }),
  name: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .meta({ description: 'Defaults to the headline' }),
  headline: z.string().trim().max(300).nullable().default(null),
  outlet: z.string().trim().max(200).nullable().default(null),
  url: z
    .url({ protocol: /^https?$/, error: 'Give the address as http(s)://…, or leave it empty' })
    .max(2_000)
    .nullable()
    .default(null),
  datePrinted: z.string().trim().max(100).nullable().default(null),
  date: IsoDate.nullable().default(null),
  datePrecision: DatePrecision.nullable().default(null),
  dateInferred: z.boolean().default(false),
  dateInferredFrom: z.string().trim().max(300).nullable().default(null),
})
  .refine((r) => !r.dateInferred || (r.dateInferredFrom ?? '') !== '', {
    message: INFERRED_NEEDS_WORDING,
    path: ['dateInferredFrom'],
  })
  .refine((r) => r.date === null || r.datePrecision !== null, {
    message: 'Say how precise the date is: datePrecision day, month or year.',
    path: ['datePrecision'],
  });
export type ReportCreate = z.infer<typeof ReportCreate>;

export const ReportCreated = z.object({ report: ReportSummary }).meta({ id: 'ReportCreated' });

export const EntityKind = z.enum(['person', 'place', 'organization']);

const Span = { start: z.number().int(), end: z.number().int() };

export const DateSpan = z.object({
  ...Span,
  wording: z.string(),
  date: z
    .string()
    .meta({ description: 'YYYY-MM-DD, on the first day of its month or year at those precisions' }),
  precision: DatePrecision,
  inferred: z
    .boolean()
    .meta({ description: 'true when the wording does not print every part of it' }),
  range: z.object({ from: z.string(), to: z.string() }).optional(),
});
export type DateSpan = z.infer<typeof DateSpan>;

export const NodeRef = z.object({ id: z.string(), name: z.string(), label: z.string() });

export const NameSpan = z.object({
  ...Span,
  text: z.string(),
  nodes: z.array(NodeRef),
  matched: z.string().meta({ description: 'The name or alias matched, as the graph spells it' }),
  exact: z
    .boolean()
    .meta({ description: 'false: a letter off, a possible misspelling or variant' }),
});
export type NameSpan = z.infer<typeof NameSpan>;

export const ReadingSpan = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('claim'),
    ...Span,
    id: z.string(),
    what: z.string(),
    caption: z.string(),
    quote: z.string(),
    basis: z.string().nullable(),
    draft: z.boolean(),
  }),
  NameSpan.extend({ kind: z.literal('name') }),
  z.object({ kind: z.literal('suggestion'), ...Span, text: z.string(), entity: EntityKind }),
  DateSpan.extend({ kind: z.literal('date') }),
]);
export type ReadingSpan = z.infer<typeof ReadingSpan>;

export const Reading = z
  .object({
    report: ReportSummary,
    paragraphs: z.array(ReportParagraph.extend({ spans: z.array(ReadingSpan) })),
  })
  .meta({ id: 'Reading' });
export type Reading = z.infer<typeof Reading>;
