/**
 * The cost layer of the guard: proves, on Neo4j's own parse of the query,
 * that every value it builds and every expression it evaluates for a row
 * stays under a cap, before the query reaches the database. Work across
 * rows is not its concern: Neo4j checks its time limit between rows, but
 * not inside one expression (a reduce, a regular expression, a string
 * built by doubling), and its memory cap does not count every value.
 */
import { refuse } from '../refuse.js';
import { evaluate, type Scope } from './evaluate.js';
import { parseStatement, rules, type SyntaxNode } from './parse.js';
import { data, either, stored, type Bound } from './size.js';

/** What the check could do: a text Neo4j's grammar does not accept is left to Neo4j to explain. */
export type CostVerdict = 'bounded' | 'unparsed';

function bind(scope: Scope, name: string, value: Bound): void {
  const before = scope.variables.get(name);
  const kept = stored(value);
  // A name bound again never shrinks: scopes are not tracked, so the larger bound holds.
  scope.variables.set(name, before ? either([before, kept]) : kept);
}

/** RETURN/WITH item: `expr AS alias`, or a bare variable that keeps its name. */
function returnItem(node: SyntaxNode, scope: Scope): void {
  const [expression, alias] = rules(node);
  const value = evaluate(expression, scope);
  const name = alias?.text ?? expression?.text ?? '';
  if (alias || /^\w+$/.test(name)) bind(scope, name, value);
}

function unwind(node: SyntaxNode, scope: Scope): void {
  const [expression, variable] = rules(node);
  const value = evaluate(expression, scope);
  bind(scope, variable?.text ?? '', value.element ?? data());
}

function walk(node: SyntaxNode, scope: Scope): void {
  if (node.rule === 'ReturnItem') return returnItem(node, scope);
  if (node.rule === 'UnwindClause') return unwind(node, scope);
  if (node.rule === 'Expression') {
    evaluate(node, scope);
    return;
  }
  for (const child of node.children) walk(child, scope);
}

/** Refuses (QUERY_REFUSED) a statement whose values or per-row work have no bound under the caps. */
export function checkCost(statement: string, params: Record<string, unknown>): CostVerdict {
  const tree = parseStatement(statement);
  if (!tree) return 'unparsed';
  const scope: Scope = {
    params,
    variables: new Map(),
    walk: (node) => {
      for (const child of node.children) walk(child, scope);
    },
  };
  walk(tree, scope);
  return 'bounded';
}

/** For a text the cost check could not read but Neo4j's planner accepted. */
export function refuseUnparsed(): never {
  refuse(
    "the cost check could not read this query with Neo4j's grammar, so its cost cannot be bounded; rewrite it with plain Cypher 5 clauses",
    { rule: 'unparsed' },
  );
}
