// npm run bench: latency of each API endpoint on the real seed, reported as
// a ratio to a baseline measured in the same run (GET /api/health, the
// cheapest round trip through Express, the driver and Neo4j). Ratios stay
// comparable across machines where milliseconds do not.
//
// Uses NEO4J_URI when set (it must hold the seed), else starts a throwaway
// local Neo4j. Every loop is bounded in count and time; traffic stays on
// 127.0.0.1.
import { defaultAppOptions } from '../server/app.js';
import { startBenchServer } from './support.js';

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
  const bench = await startBenchServer({
    query: { ...defaultAppOptions.query, ratePerMinute: 100_000 },
  });
  try {
    const base = bench.url;

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
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
