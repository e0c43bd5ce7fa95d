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
