import { z } from 'zod';

/** True for a date that exists in the calendar (2025-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD, e.g. 2025-06-30')
  .refine(isCalendarDate, 'No such day in the calendar: use a real date as YYYY-MM-DD')
  .meta({ description: 'A calendar date, YYYY-MM-DD' });

/** Comma-separated lists in query strings, e.g. labels=Person,Country. */
export const CsvList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(100)).max(50));

/** Which clock an "as of" date is read on. */
export const Clock = z.enum(['happened', 'reported']).meta({
  description:
    'happened: only what had happened by asOf; reported: only what had been reported by asOf (what a reader could have known that day)',
});
export type Clock = z.infer<typeof Clock>;

export const AsOfQuery = z.object({
  asOf: IsoDate.optional(),
  clock: Clock.default('happened'),
});
export type AsOfQuery = z.infer<typeof AsOfQuery>;

export const DatePrecision = z.enum(['day', 'month', 'year']);

/** Where in the report the evidence is: the report's text file and, where useful, a paragraph. */
export const Locator = z
  .object({
    source: z.string(),
    file: z.string().nullable(),
    paragraph: z
      .number()
      .nullable()
      .meta({ description: 'Non-blank line of the text file, the headline being 1' }),
  })
  .meta({ id: 'Locator' });
export type Locator = z.infer<typeof Locator>;

/**
 * How a report supports a claim: `stated` (the quoted span says it),
 * `inferred` (the analyst's reading of the span; the note says how) or
 * `background` (knowledge from outside the reports; the note says where
 * from, and there is no quote).
 */
export const Basis = z.enum(['stated', 'inferred', 'background']).meta({
  id: 'Basis',
  description:
    "stated: the quoted span says it; inferred: the analyst's reading of the span (the note says how); background: outside the reports (the note says where from, no quote)",
});
export type Basis = z.infer<typeof Basis>;

/** A claim's basis as stored: `basis` when written, else stated when it carries a quote. */
export function basisOf(props: { basis?: unknown; quote?: unknown }): Basis | null {
  const parsed = Basis.safeParse(props.basis);
  if (parsed.success) return parsed.data;
  return typeof props.quote === 'string' && props.quote !== '' ? 'stated' : null;
}

export const SourceRef = z
  .object({
    id: z.string(),
    name: z.string(),
    outlet: z.string().nullable(),
    date: z.string().nullable(),
    datePrecision: z.string().nullable(),
    dateInferred: z.boolean().meta({ description: "true when the report's date is not printed" }),
    dateInferredFrom: z
      .string()
      .nullable()
      .meta({ description: 'The wording an inferred date came from' }),
    quote: z.string().nullable().meta({
      description: 'Words that occur verbatim in the report, checked by `npm run seed -- --check`',
    }),
    note: z.string().nullable().meta({
      description: "The analyst's own words on how the report supports the fact: never a quote",
    }),
    basis: Basis.nullable().meta({
      description:
        'How this report supports the fact (null when the dataset does not say and there is no quote)',
    }),
    locator: Locator,
  })
  .meta({ id: 'SourceRef' });
export type SourceRef = z.infer<typeof SourceRef>;

export const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);
