// Starts one throwaway Neo4j for the whole test run (a temporary data
// folder and a free port) and loads the bundled seed into it. Set
// NEO4J_TEST_URI to use an existing, disposable Neo4j instead. NEO4J_URI,
// the product's own database, is never touched by tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local-server.js';
import { readProjectDataset } from '../../server/seed/dataset.js';
import { loadDataset } from '../../server/seed/loader.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  const user = process.env.NEO4J_TEST_USERNAME ?? 'neo4j';
  const password = process.env.NEO4J_TEST_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-test-neo4j-'));
    local = await startLocalNeo4j({ dataDir, port: 0, txMemoryMb: 256 });
    uri = local.uri;
  }

  const driver = createDriver({ uri, username: user, password });
  try {
    const seed = readProjectDataset();
    await loadDataset(driver, undefined, seed, { force: true });
  } finally {
    await driver.close();
  }

  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);

  return async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
