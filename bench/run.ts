// npm run bench: latency of each API endpoint on the real seed, reported as
// a ratio to a baseline measured in the same run (GET /api/health, the
// cheapest round trip through Express, the driver and Neo4j). Ratios stay
// comparable across machines where milliseconds do not.
//
// Uses NEO4J_URI when set (it must hold the seed), else starts a throwaway
// local Neo4j. Every loop is bounded in count and time; traffic stays on
// 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp, defaultAppOptions } from '../server/app.js';
import { readConfig } from '../server/config.js';
import { readProfile } from '../server/graph/profile.js';
import { openDatabase } from '../server/neo4j/connect.js';
import { projectRoot } from '../server/neo4j/local-server.js';
import { readSavedQueries } from '../server/query/library.js';
import { readDataset } from '../server/seed/dataset.js';
import { loadDataset } from '../server/seed/loader.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const MAX_MS_PER_CASE = 20_000;

const cases: { name: string; path: string; body?: unknown }[] = [
  { name: 'search', path: '/api/search?q=rare%20earth' },
  { name: 'node detail', path: '/api/nodes/org:mea-india' },
  { name: 'neighbours depth 1', path: '/api/nodes/country:china/neighbors' },
  { name: 'neighbours depth 2', path: '/api/nodes/country:china/neighbors?depth=2&limit=200' },
  { name: 'overview', path: '/api/overview' },
  { name: 'shortest path', path: '/api/paths?from=person:randhir-jaiswal&to=company:hitachi' },
  { name: 'timeline', path: '/api/timeline' },
  { name: 'event chain', path: '/api/events/event:2025-04-04-china-export-controls/chain?depth=6' },
  { name: 'claims', path: '/api/claims' },
  { name: 'sources', path: '/api/sources' },
  { name: 'schema', path: '/api/schema' },
  {
    name: 'analyst query',
    path: '/api/query',
    body: { cypher: 'MATCH (p:Person)-[:MADE]->(s) RETURN p, s' },
  },
];

async function median(base: string, path: string, body?: unknown): Promise<number> {
  const times: number[] = [];
  const deadline = Date.now() + MAX_MS_PER_CASE;
  for (let i = 0; i < ROUNDS && Date.now() < deadline; i++) {
    const started = performance.now();
    const res = await fetch(
      `${base}${path}`,
      body
        ? {
            method: 'POST',
            body: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          }
        : {},
    );
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

async function main() {
  const config = readConfig();
  const scratch = config.neo4j.uri ? undefined : mkdtempSync(path.join(os.tmpdir(), 'reg-bench-'));
  const db = await openDatabase(
    { ...config.neo4j, ...(scratch ? { dataDir: scratch, boltPort: 0 } : {}) },
    () => undefined,
  );
  let server: Server | undefined;
  try {
    if (scratch)
      await loadDataset(
        db.driver,
        db.database,
        readDataset(
          path.join(projectRoot, 'seed'),
          path.join(projectRoot, 'cypher', 'schema.cypher'),
        ),
      );
    const app = createApp({
      driver: db.driver,
      database: db.database,
      logger: pino({ level: 'silent' }),
      profile: readProfile(path.join(projectRoot, 'seed')),
      savedQueries: readSavedQueries(path.join(projectRoot, 'cypher', 'queries')),
      options: {
        ...defaultAppOptions,
        query: { ...defaultAppOptions.query, ratePerMinute: 100_000 },
      },
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // Warm up the JIT and the query caches before measuring anything.
    for (const c of cases) await median(base, c.path, c.body);
    const baseline = await median(base, '/api/health');
    console.log(`baseline GET /api/health: ${baseline.toFixed(2)} ms median of ${ROUNDS}\n`);
    console.log('case                    median ms   × baseline');
    for (const c of cases) {
      const ms = await median(base, c.path, c.body);
      console.log(
        `${c.name.padEnd(22)}  ${ms.toFixed(2).padStart(9)}   ${(ms / baseline).toFixed(1).padStart(9)}`,
      );
    }
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
