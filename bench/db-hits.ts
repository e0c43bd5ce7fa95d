// npm run bench:dbhits -- [--sizes medium,large] [--keep <folder>] [--only <case name part>] [--plan]
//
// Database hits per endpoint at two sizes, side by side. Database hits do
// not depend on the machine's load, so this answers "is the endpoint bounded
// by design?" on a busy machine where timings cannot. For each size: a
// throwaway Neo4j loaded with the synthetic graph, the API on a loopback
// port with a recording driver, one request per bench case, and each query
// it sent run once more with PROFILE. Writes docs/bench/db-hits.md.
//
// --keep <folder> keeps each size's loaded Neo4j in <folder>/<size> and
// reuses it on the next run (loading the large graph takes minutes); without
// it everything is removed afterwards.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { createApp, datasetOptions, defaultAppOptions } from '../server/app.js';
import { createDriver } from '../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-server.js';
import { projectRoot } from '../server/project-paths.js';
import { benchCases, type BenchCase } from './cases.js';
import { generateGraph, sizes, type SizeName } from './generate/graph.js';
import { loadGraph } from './generate/load.js';
import { endpointQueries, recordingDriver } from './measure.js';
import { profileQueries } from './profile.js';

/**
 * What one case cost at one size: db hits summed over its queries, or why it
 * has none; `first` for the load's first request, which fills the per-load
 * caches (for answers kept per load, what the load's first reader pays).
 */
export interface Hits {
  dbHits: number | null;
  first: number | null;
  status: number;
  note: string;
}

export type Row = { name: string; bySize: Map<SizeName, Hits> };

const caseName = (c: BenchCase) => `${c.name}${c.node ? ` (${c.node})` : ''}`;

async function serve(driver: Driver) {
  const recorder = recordingDriver(driver);
  const app = createApp({
    driver: recorder.driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    ...datasetOptions(),
    options: { ...defaultAppOptions, rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 } },
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, recorder, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** One request per case (the analyst's query runs outside the API's driver: left out). */
async function measureSize(
  size: SizeName,
  keep: string | undefined,
  only: string | undefined,
  plan = false,
): Promise<Map<string, Hits>> {
  const dataDir = keep ? path.join(keep, size) : mkdtempSync(path.join(os.tmpdir(), 'reg-hits-'));
  mkdirSync(dataDir, { recursive: true });
  const loaded = path.join(dataDir, 'bench-loaded');
  let neo4j: LocalNeo4j | undefined;
  let server: Server | undefined;
  const out = new Map<string, Hits>();
  try {
    neo4j = await startLocalNeo4j({ dataDir, port: 0, heapMb: size === 'large' ? 2048 : 1024 });
    const driver = createDriver({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
    });
    try {
      const graph = generateGraph(size);
      if (!existsSync(loaded)) {
        console.log(`${size}: loading…`);
        const load = await loadGraph(driver, graph);
        writeFileSync(loaded, JSON.stringify(load));
      }
      const api = await serve(driver);
      server = api.server;
      const cases = benchCases(graph.picks).filter(
        (c) => !c.body && (!only || caseName(c).includes(only)),
      );
      for (const c of cases) {
        let status = 0;
        let note = '';
        // A first request fills the per-load caches (overview, sources, hubs), as the bench's does.
        let firstOk = false;
        const firstQueries = await api.recorder.record(async () => {
          const res = await fetch(`${api.url}${c.path}`, { signal: AbortSignal.timeout(60_000) });
          firstOk = res.ok;
          await res.arrayBuffer();
        });
        const firstProfile = firstOk
          ? await profileQueries(driver, endpointQueries(firstQueries))
          : [];
        const first = firstOk ? firstProfile.reduce((sum, p) => sum + p.dbHits, 0) : null;
        const queries = await api.recorder.record(async () => {
          const res = await fetch(`${api.url}${c.path}`, { signal: AbortSignal.timeout(60_000) });
          status = res.status;
          const text = await res.text();
          if (!res.ok) note = text.slice(0, 120);
        });
        const own = endpointQueries(queries);
        const profile = status === 200 ? await profileQueries(driver, own) : [];
        const dbHits = status === 200 ? profile.reduce((sum, p) => sum + p.dbHits, 0) : null;
        out.set(caseName(c), { dbHits, first, status, note });
        console.log(
          `${size} ${caseName(c).padEnd(28)} ${status} ${dbHits ?? note} (first ${first})`,
        );
        for (const q of profile) {
          console.log(`    ${q.dbHits} ${q.reads.join(', ')}`);
          if (plan) for (const line of q.plan) console.log(`      ${line}`);
        }
      }
    } finally {
      await driver.close();
    }
  } finally {
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    await neo4j?.stop();
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}

const cell = (h: Hits | undefined, v: number | null | undefined) =>
  !h ? '–' : v == null ? `${h.status}` : v.toLocaleString('en');

const ratioOf = (x: number | null | undefined, y: number | null | undefined) =>
  x && y != null ? y / x : NaN;
const ratioCell = (r: number) => (Number.isNaN(r) ? '–' : `${r.toFixed(2)}×`);

/** The table of the summary, with a verdict per endpoint. */
export function report(rows: Row[], [a, b]: [SizeName, SizeName]): string {
  const lines = rows.map(({ name, bySize }) => {
    const x = bySize.get(a);
    const y = bySize.get(b);
    const ratio = ratioOf(x?.dbHits, y?.dbHits);
    const first = ratioOf(x?.first, y?.first);
    const within = (r: number) => !Number.isNaN(r) && r <= 1.5;
    // A request's verdict; what the load's first one pays once (a per-load read) is said beside it.
    const once = within(first) || Number.isNaN(first);
    const verdict = Number.isNaN(ratio)
      ? 'no figure'
      : !within(ratio)
        ? 'grows'
        : `within 1.5×${once ? '' : `; the load's first request grows ${ratioCell(first)}`}`;
    return `| ${name} | ${cell(x, x?.dbHits)} | ${cell(y, y?.dbHits)} | ${ratioCell(ratio)} | ${cell(x, x?.first)} | ${cell(y, y?.first)} | ${ratioCell(first)} | ${verdict} |`;
  });
  return [
    `| endpoint | db hits ${a} | db hits ${b} | ${b} / ${a} | first request ${a} | first request ${b} | ${b} / ${a} | verdict |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'medium,large' },
      keep: { type: 'string' },
      /** Only the cases whose name holds this text (the summary is then not written). */
      only: { type: 'string' },
      /** Print every operator of every query's plan, with its rows and db hits. */
      plan: { type: 'boolean', default: false },
    },
  });
  const list = (values.sizes ?? '').split(',') as SizeName[];
  if (list.length !== 2 || list.some((s) => !(s in sizes))) {
    throw new Error(
      `--sizes must name two of ${Object.keys(sizes).join(', ')}, e.g. medium,large.`,
    );
  }
  const pair = list as [SizeName, SizeName];
  const rows = new Map<string, Row>();
  for (const size of pair) {
    for (const [name, hits] of await measureSize(size, values.keep, values.only, values.plan)) {
      const row = rows.get(name) ?? { name, bySize: new Map() };
      row.bySize.set(size, hits);
      rows.set(name, row);
    }
  }
  if (values.only) return;
  const file = path.join(projectRoot, 'docs', 'bench', 'db-hits.md');
  const load = os.loadavg()[0]?.toFixed(1);
  writeFileSync(
    file,
    `# Database hits per request, ${pair.join(' and ')}\n\n` +
      `Written by \`npm run bench:dbhits\` on ${new Date().toISOString().slice(0, 16)} UTC (1-min load ${load} on ${os.availableParallelism()} cores; db hits do not depend on load). ` +
      `Each endpoint asked twice through the API: the first request of the load (which fills the per-load caches) and a second; every query each sent run again with PROFILE and its db hits summed. ` +
      `A full-text index's own reads (search, the links that list a report) are Lucene's, not db hits: such a query counts the rows it then reads. ` +
      `Target: ${pair[1]} within 1.5× of ${pair[0]}.\n\n${report([...rows.values()], pair)}\n`,
  );
  console.log(`wrote ${file}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
