import { z } from 'zod';
import { AsOfQuery, Basis, CsvList, IsoDate, SourceRef } from './common.js';
import { Graph } from './graph.js';

/** Events per timeline page when a request names no limit. */
export const TIMELINE_PAGE = 100;

/**
 * Where a timeline page ended: the last event's date and id ("2020-07-14~event:12").
 * Pages are in (date, id) order, so the next page is what comes after it.
 */
export const TimelineCursor = z
  .string()
  .max(500)
  .regex(/^\d{4}-\d{2}-\d{2}~./s, 'Pass the `next` of the previous page unchanged');

/** The cursor after an event: its date and id. */
export const timelineCursor = (e: { date: string; id: string }) => `${e.date.slice(0, 10)}~${e.id}`;

/** A cursor read back: the date and id it names. */
export function readTimelineCursor(cursor: string): { date: string; id: string } {
  return { date: cursor.slice(0, 10), id: cursor.slice(11) };
}

export const TimelineQuery = AsOfQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  types: CsvList.optional().meta({ description: 'Event kinds (labels), e.g. Meeting,Statement' }),
  limit: z.coerce.number().int().min(1).max(500).default(TIMELINE_PAGE).meta({
    description: 'Events per page; follow `next` for the rest',
  }),
  after: TimelineCursor.optional().meta({
    description:
      'The `next` of the previous page: the events that come after it, in the same order',
  }),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const Participant = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(z.string()),
  role: z.string().meta({ description: 'The relationship type that links it to the event' }),
});

export const TimelineEvent = z
  .object({
    id: z.string(),
    name: z.string(),
    labels: z.array(z.string()),
    kind: z.string().nullable(),
    description: z.string().nullable(),
    date: z.string(),
    endDate: z.string().nullable(),
    endDatePrecision: z.string().nullable().meta({
      description: 'day, month or year: a month-precision end lasts to the end of its month',
    }),
    datePrecision: z.string().nullable(),
    dateInferred: z.boolean(),
    dateInferredFrom: z.string().nullable(),
    firstReported: z.string().nullable(),
    participants: z.array(Participant),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z
  .object({
    events: z.array(TimelineEvent),
    next: TimelineCursor.nullable().meta({
      description: 'Pass as `after` for the next page; null when this page is the last',
    }),
  })
  .meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;

export const ChainQuery = AsOfQuery.extend({
  direction: z.enum(['causes', 'consequences', 'both']).default('both'),
  depth: z.coerce.number().int().min(1).max(10).default(5),
  causesOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: follow only causal links (LED_TO, PROMPTED), not PRECEDED' }),
});
export type ChainQuery = z.infer<typeof ChainQuery>;

export const ChainLink = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  kind: z.enum(['causal', 'sequence']).meta({
    description:
      'causal: a report states the cause, in the quoted words (LED_TO, PROMPTED); sequence: time order only (PRECEDED)',
  }),
  basis: Basis.nullable().meta({
    description:
      'stated: the quote says it; inferred: the analyst read it from the reports (see description); background: outside the reports',
  }),
  description: z.string().nullable().meta({ description: "The analyst's note on the link" }),
  note: z.string().nullable().meta({
    description:
      'How the link rests on the reports when no span states it (basis inferred or background): never a quote',
  }),
  sources: z.array(z.string()),
  quote: z
    .string()
    .nullable()
    .meta({ description: 'Verbatim words of the report the link rests on' }),
  quoteSource: z.string().nullable().meta({ description: 'The report the quote is from' }),
  paragraph: z.number().nullable(),
});
export type ChainLink = z.infer<typeof ChainLink>;

export const EventChain = z
  .object({
    root: z.string(),
    events: z.array(TimelineEvent.extend({ position: z.enum(['cause', 'root', 'consequence']) })),
    links: z.array(ChainLink),
    graph: Graph,
  })
  .meta({ id: 'EventChain' });
export type EventChain = z.infer<typeof EventChain>;
