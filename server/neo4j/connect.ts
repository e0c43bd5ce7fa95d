import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver, verifyDriver } from './driver.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-server.js';
import { supervise, type Supervisor } from './supervisor.js';

export interface Database {
  driver: Driver;
  /** undefined means the server's default database. */
  database: string | undefined;
  uri: string;
  /** Set when this process started the Neo4j it talks to. */
  local: LocalNeo4j | undefined;
  /** What a second driver (the analyst workers') needs to log in. */
  credentials: { uri: string; username: string; password: string };
  /** Restarts the local Neo4j (no-op without one). */
  restartLocal(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects to the Neo4j named by NEO4J_URI, or starts the project's own
 * local Neo4j when none is named.
 */
export async function openDatabase(
  config: Config['neo4j'],
  log: (message: string) => void,
): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let supervisor: Supervisor | undefined;
  let uri = config.uri;
  if (!uri) {
    const options = {
      dataDir: config.dataDir,
      port: config.boltPort,
      txMemoryMb: config.txMemoryMb,
      heapMb: config.heapMb,
      log,
    };
    local = await startLocalNeo4j(options);
    uri = local.uri;
    // Restarts reuse the port it got, so the driver's URI stays right.
    const restartOptions = { ...options, port: local.port };
    supervisor = supervise(local, () => startLocalNeo4j(restartOptions), log);
  }
  const credentials = local
    ? { uri, username: local.username, password: local.password }
    : { uri, username: config.username, password: config.password };
  // The local Neo4j has its own generated password; NEO4J_USERNAME and
  // NEO4J_PASSWORD are for a database named by NEO4J_URI.
  const driver = createDriver(credentials);
  try {
    await verifyDriver(driver, uri);
  } catch (error) {
    await driver.close();
    await supervisor?.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    driver,
    database: config.database,
    uri,
    local,
    credentials,
    restartLocal: () => supervisor?.restart() ?? Promise.resolve(),
    close: () =>
      (closing ??= (async () => {
        await driver.close();
        await supervisor?.stop();
      })()),
  };
}
