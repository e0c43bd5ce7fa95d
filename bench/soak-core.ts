/**
 * A soak of the running API over real HTTP: explorer requests from several
 * connections, first alone, then while heavy and runaway analyst queries
 * run. Every loop is bounded in time and count.
 */

export interface SoakOptions {
  url: string;
  /** Seconds of each phase (quiet, then heavy). */
  seconds: number;
  connections: number;
  /** Concurrent analyst clients sending heavy queries in the second phase. */
  heavyClients: number;
}

export interface PhaseStats {
  requests: number;
  errors5xx: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
}

const EXPLORER_PATHS = [
  '/api/search?q=MEA',
  '/api/overview?limit=40',
  '/api/nodes/country:india',
  '/api/nodes/person:randhir-jaiswal/neighbors?limit=20',
  '/api/timeline',
  '/api/paths?from=person:randhir-jaiswal&to=company:hitachi',
  '/api/claims?conflicting=true',
];

const HEAVY_QUERIES = [
  'MATCH (a), (b), (c), (d) WHERE a.name < b.name + c.name + d.name RETURN count(*) AS n',
  'MATCH p = (a)-[*]-(b) RETURN count(p) AS n',
  "RETURN reduce(s = '', i IN range(1, 5000000) | s + 'xxxxxxxxxx') AS s",
  "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){25}' AS m",
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function explorerLoop(url: string, until: number, stats: { ms: number[]; codes: number[] }) {
  for (let i = 0; Date.now() < until && i < 1_000_000; i++) {
    const path = EXPLORER_PATHS[i % EXPLORER_PATHS.length] ?? '/api/health';
    const started = performance.now();
    try {
      const res = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      stats.codes.push(res.status);
    } catch {
      stats.codes.push(599); // no answer at all counts as a server failure
    }
    stats.ms.push(performance.now() - started);
  }
}

async function heavyLoop(url: string, until: number, client: number) {
  for (let i = 0; Date.now() < until && i < 10_000; i++) {
    const cypher = HEAVY_QUERIES[(i + client) % HEAVY_QUERIES.length] ?? 'RETURN 1';
    await fetch(`${url}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher }),
      signal: AbortSignal.timeout(30_000),
    })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }
}

function summarise(stats: { ms: number[]; codes: number[] }): PhaseStats {
  const sorted = [...stats.ms].sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const code of stats.codes) statuses[code] = (statuses[code] ?? 0) + 1;
  return {
    requests: stats.codes.length,
    errors5xx: stats.codes.filter((c) => c >= 500).length,
    statuses,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

async function phase(options: SoakOptions, heavy: boolean): Promise<PhaseStats> {
  const until = Date.now() + options.seconds * 1_000;
  const stats = { ms: [] as number[], codes: [] as number[] };
  const loops = Array.from({ length: options.connections }, () =>
    explorerLoop(options.url, until, stats),
  );
  const heavyLoops = heavy
    ? Array.from({ length: options.heavyClients }, (_, c) => heavyLoop(options.url, until, c))
    : [];
  await Promise.all([...loops, ...heavyLoops]);
  return summarise(stats);
}

export async function runSoak(options: SoakOptions) {
  const quiet = await phase(options, false);
  const heavy = await phase(options, true);
  return { quiet, heavy, p99Ratio: quiet.p99 > 0 ? heavy.p99 / quiet.p99 : 0 };
}
