// Placing events on a time axis: x from the date, a mark as wide as the
// date's precision (a day is a dot, a month or a year a bar), and rows
// chosen so that no two labels overlap.
import { dayNumber, spanDays } from '../graph/dates.js';

export interface TimedItem {
  id: string;
  name: string;
  date: string;
  endDate?: string | null | undefined;
  datePrecision?: string | null | undefined;
}

export interface Placed {
  id: string;
  x: number;
  /** Width of the mark: 0 for a day, the span for a month, a year or a period. */
  width: number;
  row: number;
  labelWidth: number;
}

export interface Scale {
  min: number;
  max: number;
  width: number;
  x(day: number): number;
}

export function makeScale(items: readonly TimedItem[], width: number, pad = 20): Scale {
  const days = items.flatMap((i) => {
    const d = dayNumber(i.date);
    if (d === undefined) return [];
    const end = dayNumber(i.endDate) ?? d + spanDays(i.date, i.datePrecision);
    return [d, end];
  });
  const min = days.length ? Math.min(...days) : 0;
  const max = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, max - min);
  return { min, max, width, x: (day) => pad + ((day - min) / span) * (width - 2 * pad) };
}

/** Greedy rows: each item takes the first row whose last label ends before it starts. */
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
    const end = dayNumber(i.endDate) ?? d + spanDays(i.date, i.datePrecision);
    const x = scale.x(d);
    const width = end - d > 1 ? Math.max(4, scale.x(end) - x) : 0;
    const labelWidth = Math.min(i.name.length, maxLabel) * charWidth + 16;
    const right = x + Math.max(width, labelWidth);
    let row = rowEnds.findIndex((r) => r < x);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else {
      rowEnds[row] = right;
    }
    return { id: i.id, x, width, row, labelWidth };
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
