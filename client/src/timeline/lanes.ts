// Placing events on a time axis: x from the date, a mark as wide as the
// date's precision (a day is a dot, a month or a year a bar), and rows
// chosen so that no two labels overlap.
import { dayNumber, spanDays } from '../graph/dates.js';

export interface TimedItem {
  id: string;
  name: string;
  date: string;
  endDate?: string | null | undefined;
  endDatePrecision?: string | null | undefined;
  datePrecision?: string | null | undefined;
}

export interface Placed {
  id: string;
  x: number;
  /** Width of the mark: 0 for a day, the span for a month, a year or a period. */
  width: number;
  row: number;
  labelWidth: number;
  /** The label sits left of the mark: to its right it would run past the end of the axis. */
  labelLeft: boolean;
  /** Characters of the name the label may show (shortened with … past them). */
  labelChars: number;
  /** The label is written on its bar, which is wider than it; else beside the mark. */
  labelInside: boolean;
}

export interface Scale {
  min: number;
  max: number;
  width: number;
  x(day: number): number;
  /** The day at a position on the axis (the inverse of `x`, clamped to the range). */
  day(x: number): number;
}

/**
 * The day after an item's end, or undefined when it has none. An end of month
 * or year precision is stored on the first day of its period and lasts to the
 * period's end, as a start of that precision does.
 */
export function endDay(i: TimedItem): number | undefined {
  const end = dayNumber(i.endDate);
  return end === undefined || !i.endDate
    ? undefined
    : end + spanDays(i.endDate, i.endDatePrecision);
}

export function makeScale(items: readonly TimedItem[], width: number, pad = 20): Scale {
  const days = items.flatMap((i) => {
    const d = dayNumber(i.date);
    if (d === undefined) return [];
    const end = endDay(i) ?? d + spanDays(i.date, i.datePrecision);
    return [d, end];
  });
  const min = days.length ? Math.min(...days) : 0;
  const max = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, max - min);
  const inner = Math.max(1, width - 2 * pad);
  return {
    min,
    max,
    width,
    x: (day) => pad + ((day - min) / span) * inner,
    day: (x) => Math.round(min + (Math.min(Math.max(x - pad, 0), inner) / inner) * span),
  };
}

/** Room a label takes beyond its text: the gap to its mark and a margin. */
const LABEL_PAD = 16;
/** A label is never cut below this many characters (a narrow phone still names something). */
const MIN_LABEL_CHARS = 8;

/**
 * Where a label goes and how much of the name it shows: on its bar when the
 * bar is wider than the label; else after the mark's end, or before its
 * start when after would run past the axis; when it fits on neither side (a
 * narrow panel), on the side or the bar with more room, shortened to that room. A label
 * never covers part of a bar: half on it, half off, it could not be read.
 */
export function labelFit(
  name: string,
  mark: { x: number; width: number },
  axisWidth: number,
  charWidth: number,
  maxLabel: number,
): Pick<Placed, 'labelWidth' | 'labelLeft' | 'labelChars' | 'labelInside'> {
  const want = Math.min(name.length, maxLabel);
  const width = (chars: number) => chars * charWidth + LABEL_PAD;
  const fit = (chars: number, labelLeft: boolean, labelInside = false) => ({
    labelWidth: width(chars),
    labelLeft,
    labelChars: chars,
    labelInside,
  });
  if (mark.width >= width(want)) return fit(want, false, true);
  const right = axisWidth - (mark.x + mark.width);
  const left = mark.x;
  if (width(want) <= right) return fit(want, false);
  if (width(want) <= left) return fit(want, true);
  const room = Math.max(right, left, mark.width);
  const chars = Math.min(
    want,
    Math.max(MIN_LABEL_CHARS, Math.floor((room - LABEL_PAD) / charWidth)),
  );
  if (room === mark.width) return fit(chars, false, true);
  return fit(chars, left > right);
}

/**
 * Greedy rows: each item takes the first row whose last label ends before
 * this one starts, so no two labels overlap. A label that would run past the
 * end of the axis is put on the left of its mark instead, or shortened to the
 * wider side, so none is clipped (see labelFit).
 */
export function placeItems(
  items: readonly TimedItem[],
  scale: Scale,
  charWidth = 6.2,
  maxLabel = 34,
): Placed[] {
  const sorted = [...items]
    .filter((i) => dayNumber(i.date) !== undefined)
    .sort((a, b) => (dayNumber(a.date) ?? 0) - (dayNumber(b.date) ?? 0));
  const rowEnds: number[] = [];
  return sorted.map((i) => {
    const d = dayNumber(i.date) ?? 0;
    const end = endDay(i) ?? d + spanDays(i.date, i.datePrecision);
    const x = scale.x(d);
    const width = end - d > 1 ? Math.max(4, scale.x(end) - x) : 0;
    const fit = labelFit(i.name, { x, width }, scale.width, charWidth, maxLabel);
    const { labelWidth, labelLeft, labelInside } = fit;
    const left = labelLeft ? x - labelWidth : x;
    const right = labelLeft || labelInside ? x + width : x + width + labelWidth;
    let row = rowEnds.findIndex((r) => r < left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else {
      rowEnds[row] = right;
    }
    return { id: i.id, x, width, row, ...fit };
  });
}

/** Tick marks: years when the range is long, months otherwise. */
export function ticks(scale: Scale): { x: number; text: string }[] {
  const out: { x: number; text: string }[] = [];
  const start = new Date(scale.min * 86_400_000);
  const end = new Date(scale.max * 86_400_000);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  if (years >= 3) {
    for (let y = start.getUTCFullYear() + 1; y <= end.getUTCFullYear(); y++) {
      const d = dayNumber(`${y}-01-01`);
      if (d !== undefined) out.push({ x: scale.x(d), text: String(y) });
    }
  } else {
    const step = years >= 1 ? 3 : 1;
    const m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    while (m <= end) {
      if (m.getUTCMonth() % step === 0) {
        const d = Math.floor(m.getTime() / 86_400_000);
        out.push({
          x: scale.x(d),
          text:
            m.toLocaleString('en', { month: 'short', timeZone: 'UTC' }) +
            (m.getUTCMonth() === 0 ? ` ${m.getUTCFullYear()}` : ''),
        });
      }
      m.setUTCMonth(m.getUTCMonth() + 1);
    }
  }
  return out;
}

/** The items dated within [from, to] (either end open); undated items are left out. */
export function inRange<T extends TimedItem>(
  items: readonly T[],
  from: string | undefined,
  to: string | undefined,
): T[] {
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  return items.filter((i) => {
    const d = dayNumber(i.date);
    if (d === undefined) return false;
    const end = (endDay(i) ?? d + spanDays(i.date, i.datePrecision)) - 1;
    return (lo === undefined || end >= lo) && (hi === undefined || d <= hi);
  });
}

/**
 * The items the canvas' filters leave: those of no unticked kind (an item
 * with any hidden label is out, as on the canvas) within the date range.
 */
export function filteredItems<T extends TimedItem & { labels: readonly string[] }>(
  items: readonly T[],
  f: {
    hiddenLabels: readonly string[];
    dateFrom?: string | undefined;
    dateTo?: string | undefined;
  },
): T[] {
  const hidden = new Set(f.hiddenLabels);
  const kept = hidden.size ? items.filter((i) => !i.labels.some((l) => hidden.has(l))) : items;
  return inRange(kept, f.dateFrom, f.dateTo);
}

/** What the timeline's count line says: how many events, and of how many when filtered. */
export function eventCount(shown: number, total: number): string {
  const noun = total === 1 ? 'event' : 'events';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** A day number as an ISO date (2025-08-14), as the date inputs and the URL hold it. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
