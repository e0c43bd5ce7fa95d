import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver, verifyDriver } from './driver.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-server.js';

export interface Database {
  driver: Driver;
  /** undefined means the server's default database. */
  database: string | undefined;
  uri: string;
  /** Set when this process started the Neo4j it talks to. */
  local: LocalNeo4j | undefined;
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
  let uri = config.uri;
  if (!uri) {
    local = await startLocalNeo4j({
      dataDir: config.dataDir,
      port: config.boltPort,
      txMemoryMb: config.txMemoryMb,
      log,
    });
    uri = local.uri;
  }
  // The local Neo4j has its own generated password; NEO4J_USERNAME and
  // NEO4J_PASSWORD are for a database named by NEO4J_URI.
  const driver = createDriver(
    local
      ? { uri, username: local.username, password: local.password }
      : { uri, username: config.username, password: config.password },
  );
  try {
    await verifyDriver(driver, uri);
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    driver,
    database: config.database,
    uri,
    local,
    close: () =>
      (closing ??= (async () => {
        await driver.close();
        await local?.stop();
      })()),
  };
}
