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
import { readProjectDataset } from '../../server/loader/dataset.js';
import { loadDataset } from '../../server/loader/loader.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** Where the local Neo4j keeps its generated password ('' for NEO4J_TEST_URI). */
    neo4jPasswordFile: string;
  }
}

export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  let user = process.env.NEO4J_TEST_USERNAME ?? 'neo4j';
  let password = process.env.NEO4J_TEST_PASSWORD ?? '';
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-test-neo4j-'));
    local = await startLocalNeo4j({ dataDir, port: 0, txMemoryMb: 256 });
    uri = local.uri;
    user = local.username;
    password = local.password;
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
  project.provide('neo4jPasswordFile', dataDir ? path.join(dataDir, 'neo4j-password') : '');

  return async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
