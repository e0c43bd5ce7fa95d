import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { StartupError } from '../errors.js';

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

/** Checks that the driver can reach and log in to Neo4j, with a clear error if not. */
export async function verifyDriver(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    if (error instanceof Neo4jError && error.code.includes('Security.Unauthorized')) {
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
