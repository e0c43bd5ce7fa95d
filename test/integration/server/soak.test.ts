// The short form of `npm run soak`: explorer traffic over real HTTP, alone
// and beside heavy and runaway analyst queries on the product's worker
// runner. It checks correctness (no 5xx, no changed graph); the latency
// ratio is printed, not asserted (speed belongs to the benchmarks).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSoak } from '../../../bench/soak-core.js';
import { createApp, datasetOptions } from '../../../server/app.js';
import { testAppOptions } from '../../support/app.js';
import { createWorkerRunner, type AnalystRunner } from '../../../server/query/runner.js';
import { graphFingerprint, testDriver, testWorkerSettings } from '../../support/db.js';

let driver: Driver;
let runner: AnalystRunner;
let server: Server;
let url = '';
let before = '';

beforeAll(async () => {
  driver = testDriver();
  before = await graphFingerprint(driver);
  runner = createWorkerRunner({
    settings: testWorkerSettings(),
    driver,
    admission: { running: 2, perClient: 2, waiting: 4, waitMs: 3_000 },
  });
  const app = createApp({
    driver,
    database: undefined,
    analyst: runner,
    logger: pino({ level: 'silent' }),
    ...datasetOptions(),
    options: {
      ...testAppOptions,
      query: { timeoutMs: 2_000, rowCap: 1_000, ratePerMinute: 100_000 },
    },
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await runner.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  expect(await graphFingerprint(driver)).toBe(before);
  await driver.close();
});

describe('a short soak', () => {
  it('answers every explorer request without a 5xx, alone and beside heavy analyst queries', async () => {
    const result = await runSoak({ url, seconds: 8, connections: 6, heavyClients: 3 });
    console.log(
      `soak: quiet ${result.quiet.requests} requests p99 ${result.quiet.p99.toFixed(0)} ms; ` +
        `heavy ${result.heavy.requests} requests p99 ${result.heavy.p99.toFixed(0)} ms (${result.p99Ratio.toFixed(2)}×)`,
    );
    expect(result.quiet.requests).toBeGreaterThan(0);
    expect(result.heavy.requests).toBeGreaterThan(0);
    expect(result.quiet.errors5xx).toBe(0);
    expect(result.heavy.errors5xx).toBe(0);
  }, 90_000);
});
