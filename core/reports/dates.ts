/**
 * Dates in a report's words, resolved against the report's own date: "on
 * Thursday" is the Thursday before it, "in April" the last April up to it,
 * "last year" the year before. Each keeps its wording, a precision no finer
 * than the wording gives (day, month or year; a week that spans two months is
 * only its year), and whether any part of it was inferred rather than printed.
 * A date is stored on the first day of its month or year, as the evidence
 * rules ask.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../contract/common.js';
import type { DateSpan } from '../../contract/reports.js';

type Precision = (typeof DatePrecision.options)[number];

/** A date found in the words, as the API gives it. */
export type FoundDate = DateSpan;

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));

function atPrecision(d: Date, precision: Precision): string {
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  if (precision === 'year') return `${String(y).padStart(4, '0')}-01-01`;
  if (precision === 'month')
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  return iso(d);
}

const PERIOD =
  /\b(?:(earlier|later) )?(this|last|next|previous|past|the previous|the past) (week|month|year)\b/gi;

/** "this week", "last month", "earlier this year": computed here, where months have their lengths. */
function periodDates(text: string, ref: Date): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const which = (m[2] ?? '').toLowerCase().replace(/^the /, '');
    const unit = (m[3] ?? '').toLowerCase();
    const step = which === 'this' ? 0 : which === 'next' ? 1 : -1;
    const start = m.index;
    const base = { start, end: start + m[0].length, wording: m[0], inferred: true };
    const [y, mo] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
    if (unit === 'year') {
      out.push({ ...base, date: `${y + step}-01-01`, precision: 'year' });
    } else if (unit === 'month') {
      const d = utc(y, mo + step, 1);
      out.push({ ...base, date: atPrecision(d, 'month'), precision: 'month' });
    } else {
      // Weeks run Monday to Sunday.
      const monday = new Date(
        ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS + step * 7 * DAY_MS,
      );
      const sunday = new Date(monday.getTime() + 6 * DAY_MS);
      const oneMonth = monday.getUTCMonth() === sunday.getUTCMonth();
      const precision: Precision = oneMonth ? 'month' : 'year';
      out.push({
        ...base,
        date: atPrecision(monday, precision),
        precision,
        range: { from: iso(monday), to: iso(sunday) },
      });
    }
  }
  return out;
}

const MONTH_NAME =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b/i;
const ACCEPTED = new RegExp(
  `${MONTH_NAME.source}|${WEEKDAY.source}|\\b(yesterday|today|tomorrow|ago)\\b|\\d{4}-\\d{2}-\\d{2}`,
  'i',
);
// Durations and vague spans read as dates by the parser: "for two months", "past few months".
const REFUSED = /^(for|within|over|during)\b|\bfew\b|\bseveral\b/i;

function chronoDate(
  r: chrono.ParsedResult,
  ref: Date,
): Omit<FoundDate, 'start' | 'end' | 'wording'> | null {
  const known = (c: chrono.Component) => r.start.isCertain(c);
  const precision: Precision | null =
    known('day') || known('weekday')
      ? 'day'
      : known('month')
        ? 'month'
        : known('year')
          ? 'year'
          : null;
  if (precision === null) return null;
  let d = r.start.date();
  // A weekday alone ("on Thursday") is the last one before the report: a week back, not a year.
  if (known('weekday') && !known('day') && d.getTime() > ref.getTime()) {
    d = new Date(d.getTime() - 7 * DAY_MS);
  }
  // A month or day without its year is the last one up to the report: news tells what happened.
  if (!known('year') && d.getTime() > ref.getTime() + DAY_MS) {
    d = utc(d.getUTCFullYear() - 1, d.getUTCMonth() + 1, d.getUTCDate());
  }
  const yearPrinted = known('year') && /\d{4}/.test(r.text);
  const inferred =
    !yearPrinted ||
    (precision !== 'year' && !known('month')) ||
    (precision === 'day' && !known('day'));
  return { date: atPrecision(d, precision), precision, inferred };
}

/** The words before a date that belong to its wording ("in April", "on Thursday"). */
function withPreposition(text: string, start: number, wording: string) {
  const before = /\b(in|on) $/i.exec(text.slice(Math.max(0, start - 3), start));
  if (!before || /^(in|on) /i.test(wording)) return { start, wording };
  return {
    start: start - before[0].length,
    wording: text.slice(start - before[0].length, start) + wording,
  };
}

/** "Today" with a capital inside a sentence is a name (Business Today), not a day. */
function inName(text: string, index: number, raw: string): boolean {
  return (
    /^(Today|Yesterday|Tomorrow)$/.test(raw) &&
    index > 0 &&
    !/[.!?:]\s*$/.test(text.slice(0, index))
  );
}

/** Every date in `text`, resolved against `reportDate` (YYYY-MM-DD), in text order. */
export function findDates(text: string, reportDate: string): FoundDate[] {
  const [y, m, d] = reportDate.split('-').map(Number);
  const ref = utc(y ?? 1970, m ?? 1, d ?? 1);
  const periods = periodDates(text, ref);
  const taken = (s: number, e: number) => periods.some((p) => s < p.end && p.start < e);
  const out = [...periods];
  for (const r of chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const raw = r.text.replace(/[\s,.;:]+$/, '');
    if (!ACCEPTED.test(raw) || REFUSED.test(raw) || taken(r.index, r.index + raw.length)) continue;
    if (inName(text, r.index, raw)) continue;
    const resolved = chronoDate(r, ref);
    if (!resolved) continue;
    const at = withPreposition(text, r.index, raw);
    out.push({ ...resolved, start: at.start, end: r.index + raw.length, wording: at.wording });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date a report prints for itself: a full date (day, month and year, all
 * printed) on a dateline or byline near the top, e.g. "Oct 31, 2025," under
 * the byline or "2025-08-14 NEW DELHI:" opening the story.
 */
export function printedDate(
  paragraphs: readonly string[],
): { wording: string; date: string; paragraph: number } | null {
  const ref = new Date(Date.UTC(2000, 0, 1, 12));
  for (const [i, p] of paragraphs.slice(0, 12).entries()) {
    for (const r of chrono.en.parse(p, { instant: ref, timezone: 0 })) {
      const full =
        r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year');
      if (!full || !/\d{4}/.test(r.text)) continue;
      if (p.trim().length > 80 && r.index > 12) continue;
      return {
        wording: r.text.replace(/[\s,.;:]+$/, ''),
        date: iso(r.start.date()),
        paragraph: i + 1,
      };
    }
  }
  return null;
}
