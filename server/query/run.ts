import neo4j, { Neo4jError, type Driver, type Session } from 'neo4j-driver';
import type { QueryRequest, QueryResult } from '../../contract/index.js';
import { ApiError } from '../errors.js';
import { GraphCollector, toCypherParams, toPlain } from '../neo4j/convert.js';
import { checkReadOnlyText } from './guard.js';
import { checkPlan } from './plan-check.js';

export interface QueryLimits {
  timeoutMs: number;
  rowCap: number;
}

const QUERY_TYPE_NAMES: Record<string, string> = {
  r: 'read',
  rw: 'read-write',
  w: 'write',
  s: 'schema',
};

/** Reads "(line 2, column 7 (offset: 19))" from a Neo4j error message. */
export function errorPosition(
  message: string,
): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/**
 * Neo4j's position of an error in `EXPLAIN <query>`, moved back onto the
 * analyst's own text (the prefix sits on line 1 only).
 */
export function shiftPosition(
  position: { line: number; column: number; offset: number } | undefined,
  prefixLength: number,
) {
  if (!position) return undefined;
  return {
    line: position.line,
    column: position.line === 1 ? Math.max(1, position.column - prefixLength) : position.column,
    offset: Math.max(0, position.offset - prefixLength),
  };
}

/** Maps the database's refusals and failures to the API's error codes. */
export function fromNeo4jError(error: unknown, prefixLength = 0): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const message = error.message.split('\n')[0] ?? error.message;
  const code = error.code;
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    const position = shiftPosition(errorPosition(message), prefixLength);
    const text = message.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    return new ApiError('CYPHER_SYNTAX_ERROR', `${text}${where}`, { neo4jCode: code, ...position });
  }
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.includes('TransactionTimedOut')
  ) {
    return new ApiError(
      'QUERY_TIMEOUT',
      'The query ran past its time limit. Narrow it (labels, LIMIT, shorter patterns).',
    );
  }
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionOutOfMemoryError')) {
    return new ApiError(
      'QUERY_TOO_LARGE',
      'The query needed more memory than one query may use. Narrow it or add LIMIT.',
    );
  }
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code.startsWith('Neo.ClientError.Security')
  ) {
    return new ApiError('QUERY_REFUSED', `Refused by the database: ${message}`, {
      neo4jCode: code,
    });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new ApiError('CYPHER_ERROR', message, {
      neo4jCode: code,
      ...shiftPosition(errorPosition(message), prefixLength),
    });
  }
  return error;
}

const EXPLAIN = 'EXPLAIN ';

/**
 * Layer 2: Neo4j's plan of the query. Every operator must be on the read
 * allow-list (plan-check.ts); returns the query type the planner gives it
 * ('r' for read-only).
 */
export async function planQueryType(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<string> {
  const plan = await session
    .executeRead((tx) => tx.run(`${EXPLAIN}${cypher}`, params), { timeout: timeoutMs })
    .catch((e: unknown) => {
      throw fromNeo4jError(e, EXPLAIN.length);
    });
  const root = plan.summary.plan;
  if (!root) throw new ApiError('QUERY_REFUSED', 'Refused: the database gave no plan to check.');
  checkPlan(root);
  return plan.summary.queryType;
}

/**
 * Layer 3: runs the query in a READ transaction (the server refuses
 * writes there) with a time limit, keeping at most `rowCap` rows. The
 * transaction is always rolled back.
 */
export async function readRows(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
) {
  const tx = await session.beginTransaction({ timeout: limits.timeoutMs });
  const rows: Record<string, unknown>[] = [];
  const collector = new GraphCollector();
  let columns: string[] = [];
  let truncated = false;
  try {
    const result = tx.run(cypher, params);
    columns = await result.keys();
    for await (const record of result) {
      if (rows.length >= limits.rowCap) {
        truncated = true;
        break;
      }
      const row: Record<string, unknown> = {};
      for (const key of columns) {
        const value: unknown = record.get(key);
        row[key] = toPlain(value);
        collector.add(value);
      }
      rows.push(row);
    }
    const missing = collector.missingEndpointElementIds();
    if (missing.length > 0 && !truncated) {
      const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
      collector.add(ends.records.map((r): unknown => r.get('n')));
    }
  } catch (error) {
    throw fromNeo4jError(error);
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
  }
  return { columns, rows, graph: collector.build(), truncated };
}

/**
 * Runs an analyst's Cypher behind every layer of the guard: the lexical
 * check, EXPLAIN's query type, then a READ transaction with a time limit
 * and a row cap. The local Neo4j adds a memory cap per transaction.
 */
export async function runReadOnlyQuery(
  driver: Driver,
  database: string | undefined,
  request: QueryRequest,
  limits: QueryLimits,
): Promise<QueryResult> {
  checkReadOnlyText(request.cypher, request.params ?? {});
  const params = toCypherParams(request.params) as Record<string, unknown>;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const started = Date.now();
    const queryType = await planQueryType(session, request.cypher, params, limits.timeoutMs);
    if (queryType !== 'r') {
      const kind = QUERY_TYPE_NAMES[queryType] ?? queryType;
      throw new ApiError(
        'QUERY_REFUSED',
        `Refused: the database plans this as a ${kind} query; only reads run here.`,
        {
          queryType,
        },
      );
    }
    const { columns, rows, graph, truncated } = await readRows(
      session,
      request.cypher,
      params,
      limits,
    );
    return {
      columns,
      rows,
      graph,
      summary: {
        queryType: QUERY_TYPE_NAMES[queryType] ?? queryType,
        millis: Date.now() - started,
        rows: rows.length,
        truncated,
        rowCap: limits.rowCap,
      },
    };
  } finally {
    await session.close();
  }
}
