// The project's own Neo4j killed with SIGKILL: the supervisor starts it
// again and the same app and driver recover without a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../../server/neo4j/local-server.js';
import { supervise, type Supervisor } from '../../../../server/neo4j/supervisor.js';
import { testApp } from '../../../support/app.js';

let dataDir: string;
let first: LocalNeo4j;
let supervisor: Supervisor;
let driver: Driver;
const log: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-supervisor-'));
  const options = { dataDir, port: 0, txMemoryMb: 128, heapMb: 512 };
  first = await startLocalNeo4j(options);
  const again = { ...options, port: first.port };
  supervisor = supervise(
    first,
    () => startLocalNeo4j(again),
    (m) => log.push(m),
  );
  driver = createDriver({ uri: first.uri, username: first.username, password: first.password });
});

afterAll(async () => {
  await driver?.close();
  await supervisor?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the Neo4j supervisor', () => {
  it('brings a killed Neo4j back and the API recovers without restarting', async () => {
    const app = testApp(driver);
    await request(app).get('/api/health').expect(200);

    const killedAt = Date.now();
    process.kill(first.pid ?? 0, 'SIGKILL');
    await first.exited;
    const down = await request(app).get('/api/health');
    expect(down.status).toBe(503);

    await expect
      .poll(async () => (await request(app).get('/api/health')).status, {
        timeout: 120_000,
        interval: 500,
      })
      .toBe(200);
    const recoveryMs = Date.now() - killedAt;
    console.log(`Neo4j killed with SIGKILL: API healthy again after ${recoveryMs} ms`);
    // Bolt answers a moment before start() returns to the supervisor.
    await expect.poll(() => supervisor.restarts, { timeout: 10_000 }).toBe(1);
    expect(log.some((m) => /stopped unexpectedly/.test(m))).toBe(true);
  }, 240_000);
});
