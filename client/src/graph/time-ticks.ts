// Ticks of the time layout's date axis: the finest calendar step (days,
// weeks, months, years) whose ticks stay at least `minGap` px apart at the
// current zoom, labelled so that each year is named where it starts.
// Pure: the canvas gives the visible day range and the px per day.
import { dayNumber, fromDayNumber } from './dates.js';

export interface DateTick {
  /** Day number (days since 1970-01-01) where the tick stands. */
  day: number;
  label: string;
  /** A year's start: drawn stronger. */
  major: boolean;
}

type Step = { unit: 'day'; days: 1 | 7 } | { unit: 'month' | 'year'; count: number };

const STEPS: readonly Step[] = [
  { unit: 'day', days: 1 },
  { unit: 'day', days: 7 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 3 },
  { unit: 'month', count: 6 },
  { unit: 'year', count: 1 },
  { unit: 'year', count: 2 },
  { unit: 'year', count: 5 },
  { unit: 'year', count: 10 },
  { unit: 'year', count: 25 },
  { unit: 'year', count: 50 },
  { unit: 'year', count: 100 },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A view never holds more ticks than this, whatever it is asked. */
const MAX_TICKS = 400;

function stepDays(s: Step): number {
  if (s.unit === 'day') return s.days;
  return s.unit === 'month' ? s.count * 30.44 : s.count * 365.25;
}

/** The finest step whose ticks are at least `minGap` px apart. */
export function tickStep(pxPerDay: number, minGap = 64): Step {
  return STEPS.find((s) => stepDays(s) * pxPerDay >= minGap) ?? { unit: 'year', count: 100 };
}

function ymd(day: number): { y: number; m: number; d: number } {
  const [y, m, d] = fromDayNumber(day).split('-').map(Number);
  return { y: y ?? 1970, m: (m ?? 1) - 1, d: d ?? 1 };
}

function monthStart(y: number, m: number): number {
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return dayNumber(`${String(yy).padStart(4, '0')}-${String(mm + 1).padStart(2, '0')}-01`) ?? 0;
}

/** The days of the ticks between `from` and `to` (day numbers), by `step`. */
function tickDays(from: number, to: number, step: Step): number[] {
  const out: number[] = [];
  const start = ymd(Math.floor(from));
  if (step.unit === 'day') {
    // Weekly ticks fall on the 1st, 8th, 15th and 22nd, so each month starts with one.
    for (let day = Math.ceil(from); day <= to && out.length < MAX_TICKS; day++) {
      if (step.days === 1 || [1, 8, 15, 22].includes(ymd(day).d)) out.push(day);
    }
    return out;
  }
  const months = step.unit === 'month' ? step.count : step.count * 12;
  let m = start.y * 12 + start.m;
  m -= ((m % months) + months) % months;
  for (; out.length < MAX_TICKS; m += months) {
    const day = monthStart(Math.floor(m / 12), m % 12);
    if (day > to) break;
    if (day >= from) out.push(day);
  }
  return out;
}

/** A tick's words: the year at a year's start, else the month (and day), the year on the first. */
function tickLabel(day: number, step: Step, first: boolean): string {
  const { y, m, d } = ymd(day);
  if (step.unit === 'year' || (m === 0 && d === 1)) return String(y);
  const month = MONTHS[m] ?? '';
  const text = step.unit === 'day' ? `${d} ${month}` : month;
  return first ? `${text} ${y}` : text;
}

/** Ticks for the visible days `from`..`to` at `pxPerDay` px per day. */
export function dateTicks(from: number, to: number, pxPerDay: number, minGap = 64): DateTick[] {
  if (!(to >= from) || !(pxPerDay > 0)) return [];
  const step = tickStep(pxPerDay, minGap);
  return tickDays(from, to, step).map((day, i) => {
    const { m, d } = ymd(day);
    return { day, label: tickLabel(day, step, i === 0), major: m === 0 && d === 1 };
  });
}
