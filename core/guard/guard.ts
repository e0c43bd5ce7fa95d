/**
 * The first, lexical layer of the read-only guard for analysts' Cypher.
 * It refuses what must never reach the database, with a reason a person
 * can act on. It is a convenience, not the boundary: the plan check
 * (plan-check.ts) and the database's own settings hold even when a text
 * trick gets past this layer.
 */
import { CodedError } from '../errors.js';
import { CypherScriptError, scanCypher, splitStatements } from '../cypher/text.js';
import { checkBoundedText } from './bounds.js';
import { checkCost, type CostVerdict } from './cost/check.js';
import { refuse } from './refuse.js';

/** Procedures an analyst may call: read-only introspection and search. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

/** Clauses that write, administer or reach outside the graph, anywhere in the text. */
const FORBIDDEN: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\bLOAD\s+CSV\b/i,
    reason: 'LOAD CSV reads files and URLs, which this endpoint does not allow',
  },
  {
    pattern: /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    reason: 'CALL … IN TRANSACTIONS writes in batches',
  },
  // A keyword right after "." is a property name (n.set), not a clause.
  {
    pattern: /(?<!\.\s*)\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH)\b/i,
    reason: 'the query would change the graph',
  },
  {
    pattern: /(?<!\.\s*)\b(DROP|ALTER|RENAME|GRANT|DENY|REVOKE)\b/i,
    reason: 'schema and administration commands are not allowed',
  },
  {
    pattern: /(?<!\.\s*)\b(SHOW|TERMINATE)\b/i,
    reason: 'SHOW and TERMINATE commands are not allowed',
  },
  {
    pattern: /(?<!\.\s*)\bUSE\b/i,
    reason: 'USE switches database, which this endpoint does not allow',
  },
  {
    pattern: /(?<!\.\s*)\b(EXPLAIN|PROFILE)\b/i,
    reason: 'EXPLAIN and PROFILE are not offered here; run the query itself',
  },
];

/** Administration commands that are only ever the first word of a statement. */
const FORBIDDEN_FIRST_WORD = /^(START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b/i;

/** `CYPHER 5`, `CYPHER runtime=slotted` … at the head of a query. */
const CYPHER_OPTIONS = /^\s*CYPHER\b(?:\s+(?:\d+(?:\.\d+)?|[A-Za-z_]\w*\s*=\s*\w+))*/i;

/**
 * The text with strings, backticked names and comments blanked out (same
 * length, newlines kept). Strings and names become '#', a character that is
 * neither a word character nor space, so a keyword glued to a name or a
 * string (`x`LOAD) still stands at a word boundary; comments become spaces.
 */
export function maskForKeywords(text: string): string {
  return scanCypher(text)
    .map((s) => {
      const part = text.slice(s.start, s.end);
      if (s.kind === 'code') return part;
      return part.replace(/[^\n]/g, s.kind === 'comment' ? ' ' : '#');
    })
    .join('');
}

/** Names after CALL that are procedures, not subqueries (CALL { … } or CALL (x) { … }). */
export function calledProcedures(masked: string): string[] {
  const names: string[] = [];
  for (const match of masked.matchAll(/\bCALL\s*([A-Za-z_][\w.]*|#+)/gi)) {
    names.push((match[1] ?? '').toLowerCase());
  }
  return names;
}

function singleStatement(cypher: string): string {
  let statements;
  try {
    statements = splitStatements(cypher);
  } catch (error) {
    if (error instanceof CypherScriptError) {
      throw new CodedError('CYPHER_SYNTAX_ERROR', `Cypher syntax error: ${error.message}`, {
        line: error.line,
      });
    }
    throw error;
  }
  if (statements.length === 0)
    throw new CodedError('INVALID_INPUT', 'Write a Cypher query: only comments were sent.');
  if (statements.length > 1) refuse('send one statement at a time (found several separated by ;)');
  return statements[0]?.text ?? '';
}

function checkProcedures(masked: string): void {
  for (const name of calledProcedures(masked)) {
    if (/^#+$/.test(name))
      refuse('procedure names in backticks are not allowed; write them plainly');
    if (!ALLOWED_PROCEDURES.has(name)) {
      refuse(
        `the procedure ${name} is not on the allowed list (${[...ALLOWED_PROCEDURES].join(', ')})`,
      );
    }
  }
}

/** Throws QUERY_REFUSED (or INVALID_INPUT for broken text) when the query may not run. */
export function checkReadOnlyText(cypher: string, params: Record<string, unknown> = {}): void {
  const statement = singleStatement(cypher);
  const masked = maskForKeywords(statement);
  const body = masked.replace(CYPHER_OPTIONS, (head) => ' '.repeat(head.length)).trimStart();
  if (FORBIDDEN_FIRST_WORD.test(body)) refuse('administration commands are not allowed');
  for (const { pattern, reason } of FORBIDDEN) {
    if (pattern.test(masked)) refuse(reason);
  }
  checkProcedures(masked);
  checkBoundedText(statement, masked, params);
}

/**
 * Every check the server makes before a query reaches the database: the
 * text's rules, then its cost proved on Neo4j's own parse (cost/check.ts).
 * The workbench's editor runs only the text's rules, as it types and
 * without the parameters' values.
 */
export function checkAnalystQuery(cypher: string, params: Record<string, unknown>): CostVerdict {
  checkReadOnlyText(cypher, params);
  return checkCost(singleStatement(cypher), params);
}
