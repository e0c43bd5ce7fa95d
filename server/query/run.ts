import type { QueryRequest, QueryResult } from '../../contract/index.js';
import { ApiError } from '../errors.js';
import { GraphCollector, toCypherParams, toPlain } from '../neo4j/convert.js';
import { openReadSession, type Driver, type Session } from '../neo4j/driver.js';
import { fromNeo4jError } from '../neo4j/errors.js';
import { checkAnalystQuery } from '../../core/guard/guard.js';
import { refuseUnparsed } from '../../core/guard/cost/check.js';
import { checkPlan } from '../../core/guard/plan-check.js';
import { createPlanVerdictCache, planKey, type PlanVerdictCache } from './plan-cache.js';

/** Accepted plan verdicts of this thread (each analyst worker has its own); see plan-cache.ts. */
const acceptedPlans = createPlanVerdictCache();

export interface QueryLimits {
  timeoutMs: number;
  rowCap: number;
  /** JSON bytes of rows kept before the result is flagged truncated. */
  byteCap?: number;
  /** Transaction metadata, so the transaction can be found and terminated. */
  metadata?: Record<string, string>;
  /** The dataset manifest's caption property per label, so result nodes are named as elsewhere. */
  captions?: Record<string, string>;
}

/** Result bytes kept when no cap is given: a result a browser can still draw. */
export const DEFAULT_BYTE_CAP = 8 * 1024 * 1024;

const QUERY_TYPE_NAMES: Record<string, string> = {
  r: 'read',
  rw: 'read-write',
  w: 'write',
  s: 'schema',
};

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
  metadata?: Record<string, string>,
): Promise<string> {
  const plan = await session
    .executeRead((tx) => tx.run(`${EXPLAIN}${cypher}`, params), { timeout: timeoutMs, metadata })
    .catch((e: unknown) => {
      throw fromNeo4jError(e, 'analyst', EXPLAIN.length);
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
  const tx = await session.beginTransaction({
    timeout: limits.timeoutMs,
    metadata: limits.metadata,
  });
  const byteCap = limits.byteCap ?? DEFAULT_BYTE_CAP;
  let bytes = 0;
  const rows: Record<string, unknown>[] = [];
  const collector = new GraphCollector(limits.captions);
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
      for (const key of columns) row[key] = toPlain(record.get(key), limits.captions);
      bytes += JSON.stringify(row).length;
      if (bytes > byteCap) {
        truncated = true;
        break;
      }
      for (const key of columns) collector.add(record.get(key));
      rows.push(row);
    }
    const missing = collector.missingEndpointElementIds();
    if (missing.length > 0 && !truncated) {
      const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
      collector.add(ends.records.map((r): unknown => r.get('n')));
    }
  } catch (error) {
    throw fromNeo4jError(error, 'analyst');
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
  verdicts: PlanVerdictCache = acceptedPlans,
): Promise<QueryResult> {
  const cost = checkAnalystQuery(request.cypher, request.params ?? {});
  const params = toCypherParams(request.params) as Record<string, unknown>;
  const session = openReadSession(driver, database);
  try {
    const started = Date.now();
    const key = planKey(database, request.cypher, params);
    // A text and parameter shapes whose plan passed before pass again (see plan-cache.ts).
    const queryType = verdicts.has(key)
      ? 'r'
      : await planQueryType(session, request.cypher, params, limits.timeoutMs, limits.metadata);
    // Neo4j accepted a text its own grammar's parser here did not: no cost was proved.
    if (cost === 'unparsed') refuseUnparsed();
    if (queryType === 'r') verdicts.remember(key);
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
