import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { pino } from 'pino';
import { createApp, datasetOptions, defaultAppOptions, type AppOptions } from '../../server/app.js';
import { clientDir } from '../../server/project-paths.js';
import { testDriver } from './db.js';

// The bundled seed's profile and saved queries, read once for every test app.
const dataset = datasetOptions();

/**
 * The product's options with the per-client rate limit raised: every test
 * request comes from 127.0.0.1, far faster than a person clicks. The limit
 * itself is tested on its own (test/unit/server/http/app-limits.test.ts).
 */
export const testAppOptions: AppOptions = {
  ...defaultAppOptions,
  rate: { perSecond: 100_000, burst: 100_000, heavyCost: 5 },
};

export function testApp(driver: Driver, options: Partial<AppOptions> = {}) {
  return createApp({
    driver,
    database: undefined,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...dataset,
    clientDir,
    options: { ...testAppOptions, ...options },
  });
}

/** Serves the app on a free loopback port, for the browser. */
export async function listen(driver: Driver): Promise<{ url: string; close(): Promise<void> }> {
  const app = testApp(driver);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Registers hooks that open a driver to the test Neo4j and build the app
 * for the calling test file, and closes the driver after it.
 */
export function useTestApp(options: Partial<AppOptions> = {}) {
  const handle = {} as { driver: Driver; app: Express };
  beforeAll(() => {
    handle.driver = testDriver();
    handle.app = testApp(handle.driver, options);
  });
  afterAll(async () => {
    await handle.driver.close();
  });
  return handle;
}
