/**
 * The first, lexical layer of the read-only guard for analysts' Cypher.
 * It refuses what must never reach the database, with a reason a person
 * can act on. The database layers (EXPLAIN's query type, a READ
 * transaction, time and memory limits) come after it in run.ts.
 */
import { ApiError } from '../errors.js';
import { CypherScriptError, maskCypher, splitStatements } from '../seed/split-statements.js';

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

/** Clauses that write, administer or reach outside the graph. */
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
    pattern: /^\s*(SHOW|TERMINATE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\b/i,
    reason: 'administration commands are not allowed',
  },
  {
    pattern: /(^|\{)\s*USE\b/i,
    reason: 'USE switches database, which this endpoint does not allow',
  },
  {
    pattern: /^\s*(EXPLAIN|PROFILE)\b/i,
    reason: 'EXPLAIN and PROFILE are not offered here; run the query itself',
  },
];

function refuse(reason: string): never {
  throw new ApiError('QUERY_REFUSED', `Refused: ${reason}. This endpoint runs read-only queries.`, {
    reason,
  });
}

/** Names after CALL that are procedures, not subqueries (CALL { … } or CALL (x) { … }). */
export function calledProcedures(masked: string): string[] {
  const names: string[] = [];
  for (const match of masked.matchAll(/\bCALL\s+([A-Za-z_][\w.]*|_+)/gi)) {
    names.push((match[1] ?? '').toLowerCase());
  }
  return names;
}

/** Throws QUERY_REFUSED (or INVALID_INPUT for broken text) when the query may not run. */
export function checkReadOnlyText(cypher: string): void {
  let statements;
  try {
    statements = splitStatements(cypher);
  } catch (error) {
    if (error instanceof CypherScriptError) {
      throw new ApiError('CYPHER_SYNTAX_ERROR', `Cypher syntax error: ${error.message}`, {
        line: error.line,
      });
    }
    throw error;
  }
  if (statements.length === 0)
    throw new ApiError('INVALID_INPUT', 'Write a Cypher query: only comments were sent.');
  if (statements.length > 1) refuse('send one statement at a time (found several separated by ;)');

  const masked = maskCypher(statements[0]?.text ?? '');
  for (const { pattern, reason } of FORBIDDEN) {
    if (pattern.test(masked)) refuse(reason);
  }
  for (const name of calledProcedures(masked)) {
    if (/^_+$/.test(name))
      refuse('procedure names in backticks are not allowed; write them plainly');
    if (!ALLOWED_PROCEDURES.has(name)) {
      refuse(
        `the procedure ${name} is not on the allowed list (${[...ALLOWED_PROCEDURES].join(', ')})`,
      );
    }
  }
}
