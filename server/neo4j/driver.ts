import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { StartupError } from '../errors.js';
import { isAuthFailure } from './errors.js';

// Code outside server/neo4j names the driver's types through the adapter (a lint rule).
export type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
}

export function createDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    // Fail fast when Neo4j is down so the API can answer 503 promptly.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
    userAgent: 'rare-earth-graph/0.1',
  });
}

/**
 * The driver of an analyst-query worker thread (server/query/worker.ts): it
 * runs one query at a time, so it needs a small pool, and it fails as fast.
 */
export function createAnalystDriver(settings: DriverSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 5_000,
    maxConnectionPoolSize: 2,
    userAgent: 'rare-earth-graph/analyst-worker',
  });
}

/** A session whose transactions the server runs read-only. */
export function openReadSession(driver: Driver, database: string | undefined): Session {
  return driver.session({ database, defaultAccessMode: neo4j.session.READ });
}

/** Checks that the driver can reach and log in to Neo4j, with a clear error if not. */
export async function verifyDriver(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    if (isAuthFailure(error)) {
      throw new StartupError(
        'NEO4J_AUTH_FAILED',
        `Neo4j at ${uri} refused the user name or password.`,
        'Check NEO4J_USERNAME and NEO4J_PASSWORD (an Aura credentials file can be loaded as it is).',
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      'NEO4J_UNREACHABLE',
      `Could not connect to Neo4j at ${uri}: ${reason}`,
      'Check that NEO4J_URI is right and the server is running, or unset NEO4J_URI to let npm start run a local Neo4j.',
      { cause: error },
    );
  }
}
