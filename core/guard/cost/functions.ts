/**
 * Bounds of what Cypher's built-in functions return, from the bounds of
 * their arguments. A function not listed here returns no more than graph
 * data or its largest argument, whichever is more.
 */
import { refuse } from '../refuse.js';
import {
  DATA_SIZE,
  data,
  either,
  list,
  number,
  SCALAR,
  text,
  withWork,
  type Bound,
} from './size.js';

export const COST_CAPS = {
  /** Characters and elements one value may hold once built. */
  total: 2_000_000,
  /** Steps one expression may take for one row. */
  work: 20_000_000,
  /** Backtracking steps one regular-expression match may take (a second or two of CPU). */
  regexSteps: 1_000_000_000,
};

/** Elements of range(from, to, step), refusing bounds the text cannot show. */
function range(args: Bound[]): Bound {
  const [from, to] = args;
  const ends = [from, to].map((b) => b?.num ?? Infinity);
  if (ends.some((n) => !Number.isFinite(n)))
    refuse(
      'range() needs bounds the check can see: numbers, number parameters, or size() of a list; a bound computed from a string, a function or graph data may be any size',
      { rule: 'range-bound' },
    );
  // Only upper bounds are known, so a step is taken as 1: the most elements.
  const count = (ends[0] ?? 0) + (ends[1] ?? 0) + 1;
  const element = number(Math.max(...ends.map(Math.abs)));
  return list(count, element, count);
}

const sameSize = (args: Bound[]): Bound => args[0] ?? SCALAR;
const numeric = (args: Bound[]): Bound => ({ ...SCALAR, num: args[0]?.num ?? Infinity });
const smallText = (): Bound => text(64);

/** Functions whose result is no larger than their first argument. */
const SHRINKING = [
  'substring',
  'left',
  'right',
  'trim',
  'ltrim',
  'rtrim',
  'btrim',
  'tolower',
  'toupper',
  'reverse',
  'tail',
  'normalize',
];
/** Functions whose result is a number or boolean. */
const SCALARS = [
  'abs',
  'ceil',
  'floor',
  'round',
  'sign',
  'tointeger',
  'tofloat',
  'tointegerornull',
  'tofloatornull',
  'toboolean',
  'tobooleanornull',
];

const TABLE: Record<string, (args: Bound[]) => Bound> = {
  range,
  size: (args) => ({ ...SCALAR, num: args[0]?.count ?? DATA_SIZE }),
  length: () => ({ ...SCALAR, num: DATA_SIZE }),
  head: (args) => args[0]?.element ?? data(),
  last: (args) => args[0]?.element ?? data(),
  // Each match of the searched text may become the whole replacement.
  replace: ([s, , by]) => {
    const out = (s?.count ?? DATA_SIZE) * Math.max(1, by?.count ?? DATA_SIZE);
    return withWork(text(out), out);
  },
  split: ([s]) => {
    const n = s?.count ?? DATA_SIZE;
    return withWork(list(n + 1, text(n)), n);
  },
  // Cypher 5 turns only scalars into text: a string stays its length, a number fits in 64.
  tostring: ([v]) => text(Math.max(64, v?.count ?? DATA_SIZE)),
  tostringornull: ([v]) => text(Math.max(64, v?.count ?? DATA_SIZE)),
  coalesce: (args) => either(args),
  elementid: smallText,
  id: numeric,
  type: smallText,
  rand: () => number(1),
  randomuuid: smallText,
  timestamp: () => number(Number.MAX_SAFE_INTEGER),
  keys: () => data(),
  labels: () => data(),
  nodes: () => data(),
  relationships: () => data(),
  properties: () => data(),
  collect: () => data(),
  count: () => number(DATA_SIZE * DATA_SIZE),
};
for (const name of SHRINKING) TABLE[name] ??= sameSize;
for (const name of SCALARS) TABLE[name] = numeric;

/** The bound of `name(args)`; `name` as written, namespaces included. */
export function callBound(name: string, args: Bound[]): Bound {
  const rule = TABLE[name.toLowerCase()];
  const spent = args.reduce((w, a) => w + a.work + a.total, 0);
  if (rule) return withWork(rule(args), spent);
  return withWork(either([data(), ...args]), spent);
}
