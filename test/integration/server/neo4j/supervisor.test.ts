// A private Neo4j that goes down while one app (and one driver) keeps
// running, as a server would in production: first stopped and started again
// by hand, then killed with SIGKILL and started again by the supervisor. One
// Neo4j serves both, since starting one costs more than the tests themselves.
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
let neo4j: LocalNeo4j | undefined;
let supervisor: Supervisor | undefined;
let driver: Driver;
const log: string[] = [];
const options = () => ({ dataDir, port: neo4j?.port ?? 0, txMemoryMb: 128, heapMb: 512 });

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-supervisor-'));
  neo4j = await startLocalNeo4j(options());
  driver = createDriver({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
});

afterAll(async () => {
  await driver?.close();
  await (supervisor ?? neo4j)?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const healthy = (app: ReturnType<typeof testApp>, timeout: number) =>
  expect
    .poll(async () => (await request(app).get('/api/health')).status, { timeout, interval: 500 })
    .toBe(200);

describe('when Neo4j goes down and comes back', () => {
  it('answers 503 while it is down and recovers without restarting the server', async () => {
    const app = testApp(driver);
    await request(app).get('/api/health').expect(200);

    await neo4j?.stop();
    const down = await request(app).get('/api/health').expect(503);
    expect(down.body.neo4j.connected).toBe(false);
    const search = await request(app).get('/api/search?q=MEA').expect(503);
    expect(search.body.error.code).toBe('NEO4J_UNAVAILABLE');

    neo4j = await startLocalNeo4j(options());
    await healthy(app, 30_000);
  }, 240_000);

  it('the supervisor brings a killed Neo4j back and the API recovers without restarting', async () => {
    const running = neo4j;
    if (!running) throw new Error('the first test left no Neo4j running');
    supervisor = supervise(
      running,
      () => startLocalNeo4j(options()),
      (m) => log.push(m),
    );
    const app = testApp(driver);
    await request(app).get('/api/health').expect(200);

    const killedAt = Date.now();
    process.kill(running.pid ?? 0, 'SIGKILL');
    await running.exited;
    const down = await request(app).get('/api/health');
    expect(down.status).toBe(503);

    await healthy(app, 120_000);
    const recoveryMs = Date.now() - killedAt;
    console.log(`Neo4j killed with SIGKILL: API healthy again after ${recoveryMs} ms`);
    // Bolt answers a moment before start() returns to the supervisor.
    await expect.poll(() => supervisor?.restarts, { timeout: 10_000 }).toBe(1);
    expect(log.some((m) => /stopped unexpectedly/.test(m))).toBe(true);
  }, 240_000);
});
