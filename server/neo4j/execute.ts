/**
 * The adapter's run functions: one Cypher statement in a transaction of its
 * own, for code that needs no session (graph reads, health, terminating an
 * analyst's query). Parameters pass through toCypherParams, so whole JSON
 * numbers go as integers and the core's calendar days as Neo4j dates.
 */
import type { Driver, QueryResult, RecordShape } from 'neo4j-driver';
import { toCypherParams } from './convert.js';

export type { QueryResult, RecordShape };

export interface RunOptions {
  /** undefined means the server's default database. */
  database: string | undefined;
  /** The transaction's time limit; without one the server's own applies. */
  timeoutMs?: number | undefined;
}

function config(options: RunOptions) {
  const { database, timeoutMs } = options;
  return timeoutMs === undefined
    ? { database }
    : { database, transactionConfig: { timeout: timeoutMs } };
}

/** A read, routed to a reader. */
export function readQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult<RecordShape>> {
  return driver.executeQuery(cypher, toCypherParams(params), {
    ...config(options),
    routing: 'READ',
  });
}

/** A statement with the driver's default routing (the leader): administrative commands. */
export function runQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult<RecordShape>> {
  return driver.executeQuery(cypher, toCypherParams(params), config(options));
}

/**
 * A read tried once, never retried: executeQuery retries a lost connection
 * for several seconds, which would let a health check hang, or answer from a
 * Neo4j that came back meanwhile, instead of saying at once that it is down.
 */
export async function probeQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult<RecordShape>> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    const { timeoutMs } = options;
    return await session.run(
      cypher,
      toCypherParams(params),
      timeoutMs === undefined ? {} : { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}
