// Dates as the graph stores them: YYYY, YYYY-MM or YYYY-MM-DD strings with a
// separate precision. Kept as day numbers so scales are plain arithmetic.
import type { z } from 'zod';
import type { DatePrecision } from '../../../contract/index.js';

export type Precision = z.infer<typeof DatePrecision>;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for the start of a date string, or undefined when it is not a date. */
export function dayNumber(date: unknown): number | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) : 1;
  return Math.floor(Date.UTC(y, mo, d) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A date written at its precision: "12 Jun 2025", "Jun 2025", "2025"; "c." when inferred. */
export function formatDate(
  date: string | null | undefined,
  precision: string | null | undefined = 'day',
  inferred = false,
): string {
  if (!date) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  let text: string;
  if (precision === 'year' || !month) text = `${y}`;
  else if (precision === 'month' || !d) text = `${month} ${y}`;
  else text = `${Number(d)} ${month} ${y}`;
  return inferred ? `c. ${text}` : text;
}

/** How many days a date at this precision spans: a month-precise date covers the month. */
export function spanDays(date: string, precision: string | null | undefined): number {
  const start = dayNumber(date);
  if (start === undefined) return 1;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return 1;
  const y = Number(m[1]);
  if (precision === 'year') return dayNumber(`${y + 1}-01-01`)! - start;
  if (precision === 'month') {
    const mo = Number(m[2] ?? '1');
    const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
    return dayNumber(next)! - start;
  }
  return 1;
}

/** What a date needs to be printed honestly: its precision and whether, and from what, it was inferred. */
export interface DatedValue {
  date?: string | null | undefined;
  datePrecision?: string | null | undefined;
  dateInferred?: boolean | null | undefined;
  dateInferredFrom?: string | null | undefined;
}

/**
 * The one way a date is shown: at its precision ("2024", "Oct 2024",
 * "30 Oct 2025"), marked "(inferred)" when the source does not print it, and
 * a hover title naming the wording it was inferred from.
 */
export function printDate(d: DatedValue): { text: string; title: string } {
  const precision = d.datePrecision ?? 'day';
  const base = formatDate(d.date, precision);
  if (!d.date) return { text: base, title: 'No date in the sources' };
  if (!d.dateInferred)
    return { text: base, title: `Date as the source gives it, to the ${precision}` };
  return {
    text: `${base} (inferred)`,
    title: d.dateInferredFrom
      ? `Inferred from ${d.dateInferredFrom}`
      : 'Inferred: the source does not print this date',
  };
}

/** The date fields of a node's or source's properties, whatever else they hold. */
export function datedOf(p: Record<string, unknown>): DatedValue {
  const str = (k: string) => (typeof p[k] === 'string' ? p[k] : null);
  return {
    date: str('date'),
    datePrecision: str('datePrecision'),
    dateInferred: p['dateInferred'] === true,
    dateInferredFrom: str('dateInferredFrom'),
  };
}

/**
 * A property's value as a date at its precision, when the node says the
 * precision beside it (`datePrecision` for `date`, `effectiveFromPrecision`
 * for `effectiveFrom`): a month-precise "2024-10-01" is "Oct 2024", never the
 * first of the month. Undefined when the value is no date or has no precision.
 */
export function propertyDateText(key: string, p: Record<string, unknown>): string | undefined {
  const v = p[key];
  const precision = p[`${key}Precision`];
  if (typeof v !== 'string' || typeof precision !== 'string') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return undefined;
  return formatDate(v, precision);
}
