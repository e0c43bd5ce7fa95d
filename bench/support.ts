import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import {
  createLimitedServer,
  type ConnectionCounts,
  type ConnectionLimits,
} from '../server/http/connection-limits.js';
import { eventLog } from '../server/http/event-log.js';
import { productAnalystRunner } from '../server/analyst.js';
import { createApp, datasetOptions, defaultAppOptions, type AppOptions } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { openDatabase } from '../server/neo4j/connect.js';
import { clientDir } from '../server/project-paths.js';
import { readProjectDataset } from '../server/loader/dataset.js';
import { loadDataset } from '../server/loader/loader.js';

/**
 * The product on a free loopback port for a benchmark: the Neo4j named by
 * NEO4J_URI (which must hold the seed), or a throwaway local one loaded
 * with the seed.
 */
export async function startBenchServer(
  options: Partial<AppOptions> = {},
  /** The product's server (connection limits) and a logger to measure, for the adversarial soak. */
  product?: { connections: ConnectionLimits; logger: Logger },
) {
  const config = readConfig();
  const scratch = config.neo4j.uri ? undefined : mkdtempSync(path.join(os.tmpdir(), 'reg-bench-'));
  const db = await openDatabase(
    { ...config.neo4j, ...(scratch ? { dataDir: scratch, boltPort: 0 } : {}) },
    () => undefined,
  );
  if (scratch) {
    const seed = readProjectDataset();
    await loadDataset(db.driver, db.database, seed);
  }
  const logger = product?.logger ?? pino({ level: 'silent' });
  // As npm start serves: reads' answers are not checked again (route.ts).
  const merged = { ...defaultAppOptions, checkAnswers: false, ...options };
  const analyst = productAnalystRunner(db, merged.query.timeoutMs, logger, {});
  const app = createApp({
    driver: db.driver,
    database: db.database,
    analyst,
    logger,
    ...datasetOptions(),
    clientDir,
    ...(product ? { logFormat: 'json' as const } : {}),
    options: merged,
  });
  let counts: () => ConnectionCounts = () => ({ open: 0, refused: 0 });
  let server: Server;
  if (product) {
    ({ server, counts } = createLimitedServer(app, product.connections, eventLog(logger)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  } else {
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
  }
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    port: (server.address() as AddressInfo).port,
    connections: counts,
    async stop() {
      await analyst.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
