/**
 * Bounds an expression's result and work from its parse tree, without
 * running it: literals and parameters give exact sizes, variables what
 * their clause bound them to, graph data a fixed bound (size.ts). Every
 * result is held to the caps as it is computed, so the refusal names the
 * first part of the query that breaks them.
 */
import { refuse } from '../refuse.js';
import { hasNestedQuantifier } from '../bounds.js';
import { callBound, COST_CAPS } from './functions.js';
import { rules, type SyntaxNode } from './parse.js';
import {
  arithmetic,
  data,
  either,
  list,
  number,
  ofValue,
  plus,
  SCALAR,
  text,
  stored,
  withWork,
  workOf,
  type Bound,
} from './size.js';

export interface Scope {
  params: Record<string, unknown>;
  /** What each variable was bound to; a name bound twice keeps the larger bound. */
  variables: Map<string, Bound>;
  /** Walks a subquery's clauses (EXISTS { … }, COUNT { … }, COLLECT { … }). */
  walk(node: SyntaxNode): void;
}

function held(value: Bound, at: SyntaxNode): Bound {
  const shown = at.text.length > 80 ? `${at.text.slice(0, 77)}…` : at.text;
  if (value.total > COST_CAPS.total)
    refuse(
      `${shown} can build a value of more than ${COST_CAPS.total.toLocaleString('en')} characters or elements, which could exhaust the database's memory; build smaller strings and lists (no value added to itself in a chain of WITH, ranges within their cap)`,
      { rule: 'size', at: shown },
    );
  if (value.work > COST_CAPS.work)
    refuse(
      `${shown} can take more than ${COST_CAPS.work.toLocaleString('en')} steps for one row, which the time limit cannot interrupt; iterate over smaller lists`,
      { rule: 'work', at: shown },
    );
  return value;
}

/** Unbounded repeats (*, +, {n,}) in a pattern: a match may backtrack through each. */
function openRepeats(pattern: string): number {
  return (pattern.replace(/\\./g, '').match(/[*+]|\{\d+,\}/g) ?? []).length;
}

function regexCost(subject: Bound, patternNode: SyntaxNode, scope: Scope): Bound {
  const literal = /^'(.*)'$|^"(.*)"$/s.exec(patternNode.text);
  const param = /^\$(\w+)$/.exec(patternNode.text);
  const value = param ? scope.params[param[1] ?? ''] : (literal?.[1] ?? literal?.[2]);
  if (typeof value !== 'string')
    refuse('a regular expression (=~) must be a string literal or a string parameter');
  if (hasNestedQuantifier(value))
    refuse('the regular expression repeats a repeated group, which can take exponential time');
  const repeats = Math.max(1, openRepeats(value));
  const steps = Math.max(2, subject.count) ** repeats;
  if (steps > COST_CAPS.regexSteps)
    refuse(
      `the regular expression has ${repeats} open-ended repeats over a string of up to ${subject.count.toLocaleString('en')} characters, up to ${steps.toExponential(1)} steps; use fewer .* or STARTS WITH / CONTAINS`,
      { rule: 'regex' },
    );
  // Counted apart from the work cap: a regex step is far cheaper than building a value.
  return { ...SCALAR, work: subject.work + 1 };
}

function numberText(raw: string): number {
  const value = Number(raw.replace(/_/g, ''));
  return Number.isFinite(value) ? value : Infinity;
}

/** Binds `name` to `value` while `body` runs (a comprehension's or reduce's variable). */
function binding<T>(scope: Scope, name: string, value: Bound, body: () => T): T {
  const before = scope.variables.get(name);
  scope.variables.set(name, value);
  try {
    return body();
  } finally {
    if (before) scope.variables.set(name, before);
    else scope.variables.delete(name);
  }
}

/**
 * [x IN list WHERE … | f(x)]: f is measured on an empty element and on a
 * larger one, so a result that grows with its element (f(x) = [x, x]) is
 * bounded by the list's own size rather than by its count times its largest element.
 */
function comprehension(node: SyntaxNode, scope: Scope): Bound {
  const [variable, source, ...rest] = rules(node);
  const over = evaluate(source, scope);
  const element = stored(over.element ?? data());
  const mapped = node.children.some((c) => c.text === '|');
  const at = (size: number) =>
    binding(scope, variable?.text ?? '', { ...element, count: size, total: size }, () => {
      const parts = rest.map((r) => evaluate(r, scope));
      return { out: mapped ? parts[parts.length - 1] : undefined, work: workOf(parts) + 1 };
    });
  const empty = at(0);
  const probe = at(1_000);
  at(element.total);
  // Filtered only: no more than the list it filters.
  if (!empty.out || !probe.out) return { ...over, work: over.work + over.count * empty.work };
  const perUnit = Math.max(0, probe.out.total - empty.out.total) / 1_000;
  const total = perUnit * over.total + (1 + empty.out.total) * over.count;
  const work = over.work + over.count * empty.work + perUnit * over.total;
  return { num: 0, count: over.count, total, work, element: probe.out };
}

/** reduce(acc = init, x IN list | body): the body's growth per step, times the steps. */
function reduction(node: SyntaxNode, scope: Scope): Bound {
  const [acc, initNode, variable, source, body] = rules(node);
  const init = evaluate(initNode, scope);
  const over = evaluate(source, scope);
  const steps = over.count;
  const name = acc?.text ?? '';
  const at = (size: number) =>
    binding(scope, name, { ...init, count: size, total: size }, () =>
      binding(scope, variable?.text ?? '', over.element ?? data(), () => evaluate(body, scope)),
    );
  const small = at(init.total);
  const larger = at(init.total + 1_000);
  // Growing faster than the accumulator itself (acc + acc, replace(acc, …)) doubles each step.
  if (larger.total - small.total > 1_000 && steps > 1)
    refuse(
      `reduce() grows its accumulator ${name} by more than itself at each step, which doubles it up to ${steps} times`,
      { rule: 'reduce-growth' },
    );
  const grows = Math.max(0, small.total - init.total);
  const total = init.total + steps * grows;
  return {
    num: Infinity,
    count: total,
    total,
    work: init.work + over.work + steps * (small.work + total),
  };
}

function postfixed(node: SyntaxNode, scope: Scope): Bound {
  const [base, ...postfixes] = rules(node);
  let value = evaluate(base, scope);
  for (const postfix of postfixes) {
    const inner = rules(postfix).map((r) => evaluate(r, scope));
    if (postfix.rule === 'IndexPostfix') value = value.element ?? data();
    else if (postfix.rule === 'PropertyPostfix') value = data();
    value = withWork(value, workOf(inner));
  }
  return value;
}

/** Operands and the operators between them: a + b - c. */
function chain(node: SyntaxNode, scope: Scope): Bound {
  let value: Bound | undefined;
  let operator = '+';
  for (const child of node.children) {
    if (child.rule === '') {
      operator = child.text;
      continue;
    }
    const next = evaluate(child, scope);
    value = !value
      ? next
      : operator === '+'
        ? plus(value, next)
        : arithmetic(value, next, operator);
  }
  return value ?? SCALAR;
}

function comparison(node: SyntaxNode, scope: Scope): Bound {
  const [left, tail] = rules(node);
  const subject = evaluate(left, scope);
  const op = tail?.children[0]?.text.toUpperCase();
  const right = rules(tail ?? node).at(-1);
  if (op === '=~' && right) return withWork(regexCost(subject, right, scope), 1);
  const other = right ? evaluate(right, scope) : SCALAR;
  return { ...SCALAR, work: subject.work + other.work + subject.total + other.total };
}

function generic(node: SyntaxNode, scope: Scope): Bound {
  const parts = rules(node).map((r) => evaluate(r, scope));
  if (parts.length === 1 && parts[0]) return parts[0];
  return { ...either(parts), work: workOf(parts) };
}

const RULES: Record<string, (node: SyntaxNode, scope: Scope) => Bound> = {
  NummericLiteral: (n) => number(numberText(n.text)),
  StringsLiteral: (n) => text(Math.max(0, n.text.length - 2)),
  Parameter: (n, s) => {
    const name = n.text.replace(/^\$/, '').replace(/`/g, '');
    return name in s.params ? ofValue(s.params[name]) : data();
  },
  Variable: (n, s) => s.variables.get(n.text) ?? data(),
  ListLiteral: (n, s) => {
    const items = rules(n).map((r) => evaluate(r, s));
    return list(items.length, either(items), workOf(items) + items.length);
  },
  FunctionInvocation: (n, s) => {
    const [name, ...args] = rules(n);
    const values = args.map((a) => evaluate(a, s));
    return callBound(name?.text.replace(/`/g, '') ?? '', values);
  },
  ListComprehension: comprehension,
  ReduceExpression: reduction,
  Expression2: postfixed,
  Expression6: chain,
  Expression5: chain,
  Expression4: chain,
  Expression7: (n, s) =>
    rules(n).some((r) => r.rule === 'StringAndListComparison') ? comparison(n, s) : generic(n, s),
  ExistsExpression: (n, s) => subquery(n, s),
  CountExpression: (n, s) => subquery(n, s),
  CollectExpression: (n, s) => subquery(n, s),
  PatternComprehension: (n, s) => withWork(data(), generic(n, s).work),
  MapProjection: (n, s) => withWork(data(), generic(n, s).work),
};

function subquery(node: SyntaxNode, scope: Scope): Bound {
  scope.walk(node);
  return data();
}

/** The bound of an expression's value, refusing one past the caps. */
export function evaluate(node: SyntaxNode | undefined, scope: Scope): Bound {
  if (!node) return SCALAR;
  const rule = RULES[node.rule];
  return held(rule ? rule(node, scope) : generic(node, scope), node);
}
