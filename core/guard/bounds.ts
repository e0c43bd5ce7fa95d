/**
 * Work that Neo4j's time limit cannot stop. Some expressions (reduce over a
 * huge range, a catastrophic regex, string doubling) run inside one
 * operator that never checks for termination, so a query keeps a core busy
 * long after its deadline. What the text shows to be unbounded is refused
 * before it runs; the runtime limits stay as the backstop.
 */
import { refuse } from './refuse.js';

export const BOUNDS = {
  /** Elements a literal range() may produce. */
  rangeElements: 100_000,
  /** Elements a range() folded by reduce() may produce. */
  reduceElements: 10_000,
  /** Bracket nesting ((, [, {) in the query text. */
  nesting: 48,
  /** Characters of a regular expression. */
  regexLength: 200,
  /** Nesting of parameter values. */
  paramDepth: 16,
  /** Values inside the parameters, all levels counted. */
  paramValues: 50_000,
};

/** Deepest bracket nesting in masked code. */
export function nestingDepth(masked: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of masked) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Index of the bracket closing the one opened at `open`, or -1. */
function closingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits call arguments at top-level commas. */
function topLevelArgs(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args;
}

/** A range bound's value: a literal, a parameter, or undefined when it depends on data. */
function boundValue(arg: string, params: Record<string, unknown>): number | undefined {
  if (/^[+-]?\d+$/.test(arg)) return Number(arg);
  const param = /^\$(\w+)$/.exec(arg);
  if (param) {
    const value = params[param[1] ?? ''];
    return typeof value === 'number' ? value : undefined;
  }
  if (arg.includes('#')) refuse('range() bounds built from strings are not allowed; write numbers');
  // Arithmetic on literals only (no names): a constant the planner will fold.
  if (/^[\d\s+\-*/%^().eE]+$/.test(arg)) refuse('write range() bounds as plain numbers');
  return undefined;
}

/** Elements of each range(a, b[, step]) whose size the text or parameters tell. */
export function rangeSizes(
  masked: string,
  params: Record<string, unknown>,
): { index: number; size: number }[] {
  const sizes: { index: number; size: number }[] = [];
  for (const match of masked.matchAll(/\brange\s*\(/gi)) {
    const open = match.index + match[0].length - 1;
    const close = closingParen(masked, open);
    if (close < 0) continue;
    const [from, to, step] = topLevelArgs(masked.slice(open + 1, close)).map((a) =>
      boundValue(a, params),
    );
    if (from === undefined || to === undefined) continue;
    const by = step ?? 1;
    if (by === 0) continue;
    sizes.push({ index: match.index, size: Math.max(0, Math.floor((to - from) / by) + 1) });
  }
  return sizes;
}

/** reduce(acc = init, x IN list | body) whose body uses acc more than once grows exponentially. */
function checkReduce(masked: string, ranges: { index: number; size: number }[]): void {
  for (const match of masked.matchAll(/\breduce\s*\(\s*([A-Za-z_]\w*)\s*=/gi)) {
    const open = masked.indexOf('(', match.index);
    const close = closingParen(masked, open);
    if (close < 0) continue;
    const inner = masked.slice(open + 1, close);
    const bar = inner.lastIndexOf('|');
    const acc = match[1] ?? '';
    const body = bar < 0 ? '' : inner.slice(bar + 1);
    const uses = body.match(new RegExp(`(?<![\\w.])${acc}(?!\\w)`, 'g'))?.length ?? 0;
    if (uses > 1)
      refuse(
        `reduce() uses its accumulator ${acc} more than once, so its value can grow exponentially`,
      );
    const folded = ranges.filter((r) => r.index > open && r.index < close);
    if (folded.some((r) => r.size > BOUNDS.reduceElements))
      refuse(
        `reduce() over more than ${BOUNDS.reduceElements} elements cannot be stopped at the time limit`,
      );
  }
}

/** True when a regular expression repeats a group that itself repeats: (a+)+, (.*a){25}. */
export function hasNestedQuantifier(pattern: string): boolean {
  // One flag per open group: does it contain a quantifier (at any depth)?
  const groups: boolean[] = [];
  // After ")": whether the group just closed contained a quantifier.
  let closed: boolean | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const quantifier =
      ch === '*' || ch === '+' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)));
    if (quantifier) {
      if (closed) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    } else if (ch === ')') {
      const inner = groups.pop() ?? false;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
      closed = inner;
      continue;
    } else if (ch === '(') {
      groups.push(false);
    } else if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    }
    closed = undefined;
  }
  return false;
}

function checkRegexes(statement: string, masked: string, params: Record<string, unknown>): void {
  for (const match of masked.matchAll(/=~\s*/g)) {
    const at = match.index + match[0].length;
    let pattern: string | undefined;
    const param = /^\$(\w+)/.exec(masked.slice(at));
    if (param) {
      const value = params[param[1] ?? ''];
      pattern = typeof value === 'string' ? value : undefined;
    } else if (masked[at] === '#') {
      let end = at;
      while (masked[end] === '#') end++;
      pattern = statement.slice(at + 1, end - 1);
    }
    if (pattern === undefined)
      refuse('a regular expression (=~) must be a string literal or a string parameter');
    if (pattern.length > BOUNDS.regexLength)
      refuse(`a regular expression may have at most ${BOUNDS.regexLength} characters`);
    if (hasNestedQuantifier(pattern))
      refuse('the regular expression repeats a repeated group, which can take exponential time');
  }
}

/** Depth and count of parameter values, walked without recursion. */
export function paramShape(params: unknown): { depth: number; values: number } {
  const stack: { value: unknown; depth: number }[] = [{ value: params, depth: 0 }];
  let depth = 0;
  let values = 0;
  while (stack.length > 0 && values <= BOUNDS.paramValues && depth <= BOUNDS.paramDepth) {
    const { value, depth: d } = stack.pop() ?? { value: undefined, depth: 0 };
    values++;
    depth = Math.max(depth, d);
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push({ value: child, depth: d + 1 });
    }
  }
  return { depth, values };
}

/** Refuses a query whose text or parameters show work without a bound. */
export function checkBoundedText(
  statement: string,
  masked: string,
  params: Record<string, unknown>,
): void {
  const shape = paramShape(params);
  if (shape.depth > BOUNDS.paramDepth)
    refuse(`parameters may nest at most ${BOUNDS.paramDepth} levels deep`);
  if (shape.values > BOUNDS.paramValues)
    refuse(`parameters may hold at most ${BOUNDS.paramValues} values`);
  if (nestingDepth(masked) > BOUNDS.nesting)
    refuse(`brackets may nest at most ${BOUNDS.nesting} levels deep`);
  const ranges = rangeSizes(masked, params);
  const huge = ranges.find((r) => r.size > BOUNDS.rangeElements);
  if (huge)
    refuse(`range() may produce at most ${BOUNDS.rangeElements} elements (this one: ${huge.size})`);
  // Ranges iterated inside one expression multiply (a comprehension over a
  // range inside reduce over another), and no row boundary lets Neo4j stop them.
  const product = ranges.reduce((p, r) => p * Math.max(1, r.size), 1);
  if (ranges.length > 1 && product > BOUNDS.rangeElements && /\bIN\s+range\s*\(/i.test(masked))
    refuse(`range() iterations may multiply to at most ${BOUNDS.rangeElements} elements`);
  checkReduce(masked, ranges);
  checkRegexes(statement, masked, params);
}
