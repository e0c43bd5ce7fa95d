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
    // Fail fast when Neo4j is down so the API answers 503 within a second or
    // two instead of holding the request: a refused or broken connection is
    // retried once (the driver waits about a second before a retry, and
    // retries only while under this time); a connection that cannot be opened
    // in 3 s, or a free one found in 5 s, fails. Local, LAN and Aura
    // handshakes take well under a second.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 500,
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
