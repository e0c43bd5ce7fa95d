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

/**
 * A read, routed to a reader, sent as one auto-commit query: a read's
 * transaction has nothing to commit, and executeQuery's explicit BEGIN and
 * COMMIT cost a round trip each (about 0.6 ms of a 2.2 ms leaf read here).
 * The session shares executeQuery's bookmark manager, so a read after a
 * write through executeQuery still sees it on a cluster. A failure Neo4j
 * calls retriable (a leader switch, a dropped pooled connection) is tried
 * once more, as executeQuery would have retried it.
 */
export async function readQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult<RecordShape>> {
  const parameters = toCypherParams(params);
  const once = async () => {
    const session = driver.session({
      database: options.database,
      defaultAccessMode: 'READ',
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      return await session.run(
        cypher,
        parameters,
        options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs },
      );
    } finally {
      await session.close();
    }
  };
  try {
    return await once();
  } catch (error) {
    if ((error as { retriable?: unknown }).retriable === true) return once();
    throw error;
  }
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
