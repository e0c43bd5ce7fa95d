/**
 * The neutral shape every format is read into before it becomes Cypher: nodes
 * with labels, a string id and typed properties, relationships between ids,
 * and sources with the quote each link carries. Nothing here reads a file.
 */

/** Where a value came from, so a problem can be named by its place. */
export interface Place {
  /** The file as the user named it (a path relative to the working directory). */
  file: string;
  /** A workbook's sheet. */
  sheet?: string | undefined;
  /** 1-based row of a sheet or CSV file, the header being row 1. */
  row?: number | undefined;
  column?: string | undefined;
  /** An XML element, as a short path (`<node id="n3">`). */
  element?: string | undefined;
  /** 1-based line of a JSON-lines file. */
  line?: number | undefined;
}

/** A date at its precision, stored (as the seed stores dates) on the first day of its period. */
export class DateValue {
  constructor(
    /** yyyy-mm-dd, the first day of the period. */
    readonly iso: string,
    readonly precision: 'day' | 'month' | 'year',
  ) {}
  toString(): string {
    return this.precision === 'year'
      ? this.iso.slice(0, 4)
      : this.precision === 'month'
        ? this.iso.slice(0, 7)
        : this.iso;
  }
}

/** An integer is a bigint so that `3` and `3.0` stay apart on their way to Cypher. */
export type Scalar = string | number | bigint | boolean | DateValue;
export type ImportValue = Scalar | Scalar[];
export type Properties = Record<string, ImportValue>;

export interface ImportNode {
  id: string;
  /** The first label is the one relationships find the node by. */
  labels: string[];
  properties: Properties;
  place: Place;
}

export interface ImportEdge {
  from: string;
  to: string;
  type: string;
  properties: Properties;
  place: Place;
}

/** What a row or element says about where it came from. */
export interface Provenance {
  source?: string | undefined;
  url?: string | undefined;
  quote?: string | undefined;
  publisher?: string | undefined;
}

export interface GraphBatch {
  nodes: ImportNode[];
  edges: ImportEdge[];
}

/** One thing wrong with the input, at its place, with what to do. */
export interface ImportProblem {
  place: Place;
  message: string;
  fix: string;
}

/** Input that cannot be loaded; nothing was written. Carries every problem found (at most a few dozen). */
export class ImportError extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

export function describePlace(place: Place): string {
  const parts = [place.file];
  if (place.sheet !== undefined) parts.push(`sheet "${place.sheet}"`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.element !== undefined) parts.push(`element ${place.element}`);
  if (place.column !== undefined) {
    // A sheet has columns, a JSON line properties, an XML element attributes.
    const field =
      place.line !== undefined ? 'property' : place.element !== undefined ? 'attribute' : 'column';
    parts.push(`${field} "${place.column}"`);
  }
  return parts.join(', ');
}

export function describeProblem(p: ImportProblem): string {
  return `${describePlace(p.place)}: ${p.message}; ${p.fix}.`;
}

/** Collects problems and stops collecting after a few: a broken file should not print ten thousand lines. */
export class Problems {
  readonly list: ImportProblem[] = [];
  constructor(private readonly cap = 20) {}
  add(place: Place, message: string, fix: string): void {
    this.push({ place, message, fix });
  }
  push(problem: ImportProblem): void {
    if (this.list.length < this.cap) this.list.push(problem);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ImportError(this.list);
  }
}
