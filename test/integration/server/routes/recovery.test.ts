import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../../server/neo4j/local-server.js';
import { testApp } from '../../../support/app.js';

// A second, private Neo4j that this file stops and starts again while one
// app (and one driver) keeps running, as a server would in production.
let dataDir: string;
let neo4j: LocalNeo4j | undefined;
let driver: Driver;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-recovery-'));
  neo4j = await startLocalNeo4j({ dataDir, port: 0, txMemoryMb: 128 });
  driver = createDriver({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
});

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('when Neo4j goes down and comes back', () => {
  it('answers 503 while it is down and recovers without restarting the server', async () => {
    const app = testApp(driver);
    await request(app).get('/api/health').expect(200);
    const port = neo4j!.port;

    await neo4j!.stop();
    const down = await request(app).get('/api/health').expect(503);
    expect(down.body.neo4j.connected).toBe(false);
    const search = await request(app).get('/api/search?q=MEA').expect(503);
    expect(search.body.error.code).toBe('NEO4J_UNAVAILABLE');

    neo4j = await startLocalNeo4j({ dataDir, port, txMemoryMb: 128 });
    await expect
      .poll(async () => (await request(app).get('/api/health')).status, {
        timeout: 30_000,
        interval: 500,
      })
      .toBe(200);
  });
});
