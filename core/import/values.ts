/**
 * Types inferred per column, the way a spreadsheet's reader expects: a column
 * whose every filled cell is an integer holds integers, and so on down to
 * text. Dates are ISO 8601 at the precision written (`2025`, `2025-04`,
 * `2025-04-04`), kept as the first day of that period with its precision.
 */
import { DateValue, type ImportValue, type Scalar } from './batch.js';

export type ColumnType = 'integer' | 'float' | 'boolean' | 'date' | 'string';
export interface ColumnShape {
  type: ColumnType;
  /** Cells are lists split on the separator. */
  list: boolean;
}

// No leading zeros: "007" and "0123" are codes, not numbers.
const INTEGER = /^[+-]?(0|[1-9]\d*)$/;
const FLOAT = /^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false|yes|no)$/i;
const DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** An ISO date or datetime as a DateValue at the precision written, or undefined when it is not one. */
export function parseIsoDate(text: string): DateValue | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y = '', mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new DateValue(iso, d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year');
}

function fits(type: ColumnType, text: string): boolean {
  switch (type) {
    case 'integer':
      return INTEGER.test(text) && Number.isSafeInteger(Number(text));
    case 'float':
      return FLOAT.test(text) && Number.isFinite(Number(text));
    case 'boolean':
      return BOOLEAN.test(text);
    case 'date':
      return parseIsoDate(text) !== undefined;
    case 'string':
      return true;
  }
}

const ORDER: ColumnType[] = ['integer', 'float', 'boolean', 'date', 'string'];

/**
 * Watches a column's cells one at a time (so a huge sheet need not be held)
 * and says what type fits them all. A year alone (`1999`) stays an integer,
 * as the manifest's `dates` can then date it at year precision.
 */
export class ColumnTyper {
  private candidates = new Set<ColumnType>(ORDER);
  private isList = false;
  private seen = 0;
  constructor(private readonly separator: string | undefined) {}

  observe(cell: string): void {
    const text = cell.trim();
    if (text === '') return;
    const parts =
      this.separator !== undefined && text.includes(this.separator)
        ? splitList(text, this.separator)
        : [text];
    if (parts.length > 1) this.isList = true;
    for (const part of parts) {
      this.seen++;
      for (const t of this.candidates) if (!fits(t, part)) this.candidates.delete(t);
    }
  }

  shape(): ColumnShape {
    const type =
      this.seen === 0 ? 'string' : (ORDER.find((t) => this.candidates.has(t)) ?? 'string');
    return { type, list: this.isList };
  }
}

export function splitList(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function scalar(type: ColumnType, text: string): Scalar {
  switch (type) {
    case 'integer':
      return BigInt(text);
    case 'float':
      return Number(text);
    case 'boolean':
      return /^(true|yes)$/i.test(text);
    case 'date':
      return parseIsoDate(text) ?? text;
    case 'string':
      return text;
  }
}

/** A cell as its column's type; undefined for an empty cell (no property is written). */
export function convertCell(
  shape: ColumnShape,
  cell: string,
  separator: string | undefined,
): ImportValue | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (shape.list && separator !== undefined) {
    return splitList(text, separator).map((p) => scalar(shape.type, p));
  }
  return scalar(shape.type, text);
}

/** Infers every column's shape from rows of text cells. */
export function inferColumns(
  header: string[],
  rows: Iterable<string[]>,
  separator: string | undefined,
): ColumnShape[] {
  const typers = header.map(() => new ColumnTyper(separator));
  for (const row of rows) typers.forEach((t, i) => t.observe(row[i] ?? ''));
  return typers.map((t) => t.shape());
}
