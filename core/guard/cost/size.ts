/**
 * What the cost check knows of a value without running the query: upper
 * bounds, never exact figures. A bound the text cannot give is Infinity.
 */
export interface Bound {
  /** The magnitude of the value when it is a number. */
  num: number;
  /** Top-level length: a string's characters, a list's elements. What size() returns. */
  count: number;
  /** Everything the value holds once built: characters and elements at every level. */
  total: number;
  /** Steps spent building it, for one row. */
  work: number;
  /** Bound of one element when the value is a list (iterated by IN, UNWIND, reduce). */
  element?: Bound;
}

/**
 * What data read from the graph may hold. Analysts cannot write the graph,
 * so a stored string or list is as large as a loaded report at most; a
 * number read from it has no bound the text can show.
 */
export const DATA_SIZE = 20_000;

export const SCALAR: Bound = { num: 0, count: 0, total: 1, work: 1 };

export function data(): Bound {
  return { num: Infinity, count: DATA_SIZE, total: DATA_SIZE, work: 1, element: dataScalar() };
}

function dataScalar(): Bound {
  return { num: Infinity, count: DATA_SIZE, total: DATA_SIZE, work: 1 };
}

export function number(value: number): Bound {
  return { num: Math.abs(value), count: 0, total: 1, work: 1 };
}

export function text(length: number): Bound {
  return { num: Infinity, count: length, total: length, work: 1 };
}

/** A list of `count` elements, each bounded by `element`. */
export function list(count: number, element: Bound, work = 1): Bound {
  return { num: 0, count, total: count * (1 + element.total), work, element };
}

/** The least bound that covers each of the values (a CASE, coalesce, either branch); one of them is computed. */
export function either(values: Bound[]): Bound {
  if (values.length === 0) return SCALAR;
  const elements = values.flatMap((v) => (v.element ? [v.element] : []));
  return {
    num: Math.max(...values.map((v) => v.num)),
    count: Math.max(...values.map((v) => v.count)),
    total: Math.max(...values.map((v) => v.total)),
    work: Math.max(...values.map((v) => v.work)),
    ...(elements.length > 0 ? { element: either(elements) } : {}),
  };
}

/** Work of several values computed one after another. */
export function workOf(values: Bound[]): number {
  return values.reduce((w, v) => w + v.work, 0);
}

/** a + b: numbers add, strings and lists concatenate (copying both). */
export function plus(a: Bound, b: Bound): Bound {
  const element =
    a.element && b.element ? either([a.element, b.element]) : (a.element ?? b.element);
  return {
    num: a.num + b.num,
    count: a.count + b.count,
    total: a.total + b.total,
    work: a.work + b.work + a.total + b.total,
    ...(element ? { element } : {}),
  };
}

/** Any other arithmetic: only numbers come out. */
export function arithmetic(a: Bound, b: Bound, operator: string): Bound {
  const num =
    operator === '*' ? a.num * b.num : operator === '^' ? Infinity : Math.max(a.num, b.num);
  return { num, count: 0, total: 1, work: a.work + b.work + 1 };
}

/** The value as a variable holds it: computed once, where it was bound. */
export function stored(value: Bound): Bound {
  return { ...value, work: 1, ...(value.element ? { element: stored(value.element) } : {}) };
}

/** A value with `extra` work spent on it. */
export function withWork(value: Bound, extra: number): Bound {
  return { ...value, work: value.work + extra };
}

/** The bound of a parameter's actual value. */
export function ofValue(value: unknown, depth = 0): Bound {
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return text(value.length);
  if (depth > 32 || value === null || typeof value !== 'object') return SCALAR;
  const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  const bounds = items.map((v) => ofValue(v, depth + 1));
  return list(items.length, either(bounds));
}
