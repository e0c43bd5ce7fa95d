// npm run bench -- --size small|medium|large
//
// Generates a synthetic graph in the seed's ontology, loads it into a
// throwaway Neo4j (a temporary folder, never the project's .neo4j/), then
// measures every endpoint through the API and the same Cypher through a bare
// driver, interleaved, plus throughput at 1, 8 and 32 connections. Writes
// docs/bench/<size>.json and docs/bench/<size>.md. Every loop is bounded in
// count and time; traffic stays on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { execFileSync } from 'node:child_process';
import { productAnalystRunner } from '../server/analyst.js';
import { createApp, datasetOptions, defaultAppOptions } from '../server/app.js';
import { createDriver } from '../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-server.js';
import { benchCases } from './cases.js';
import { generateGraph, sizes, type SizeName } from './generate/graph.js';
import { loadGraph } from './generate/load.js';
import { recordingDriver } from './measure.js';
import { measureCases, measureThroughput } from './phases.js';
import { writeReport } from './report.js';

function readSize(): SizeName {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'small' } } });
  const size = values.size;
  if (!(size in sizes)) {
    throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}, not "${size}".`);
  }
  return size as SizeName;
}

/** The commit measured, with "+dirty" when the worktree has changes; null outside git. */
function gitCommit(): string | null {
  try {
    const run = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return `${run(['rev-parse', 'HEAD'])}${run(['status', '--porcelain']) ? '+dirty' : ''}`;
  } catch {
    return null;
  }
}

/**
 * The product on a free loopback port, its driver recording what it sends.
 * Analysts' queries run in worker threads on their own driver, as
 * server/main.ts runs them (not the in-process runner tests use).
 */
async function startApi(driver: Driver, neo4j: LocalNeo4j) {
  const recorder = recordingDriver(driver);
  const logger = pino({ level: 'silent' });
  const options = {
    ...defaultAppOptions,
    query: { ...defaultAppOptions.query, ratePerMinute: 1e6 },
    // The bench measures the work, not the per-client limit that would hold its one client.
    rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 },
    // As npm start serves: reads' answers are not checked again (route.ts).
    checkAnswers: false,
  };
  const credentials = { uri: neo4j.uri, username: neo4j.username, password: neo4j.password };
  const analyst = productAnalystRunner(
    {
      driver,
      database: undefined,
      uri: neo4j.uri,
      // Not restarted by the bench: a stuck query only marks the service degraded.
      local: undefined,
      credentials,
      restartLocal: () => Promise.resolve(),
      close: () => Promise.resolve(),
    },
    options.query.timeoutMs,
    logger,
    {},
  );
  const app = createApp({
    driver: recorder.driver,
    database: undefined,
    analyst,
    logger,
    ...datasetOptions(),
    options,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    server,
    analyst,
    recorder,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

async function main() {
  const size = readSize();
  const started = Date.now();
  const loadAtStart = (os.loadavg()[0] ?? 0).toFixed(1);
  const commit = gitCommit();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-bench-'));
  let neo4j: LocalNeo4j | undefined;
  let server: Server | undefined;
  let analyst: { close(): Promise<void> } | undefined;
  const cleanup = async () => {
    await analyst?.close();
    analyst = undefined;
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Ctrl-C still stops the Neo4j child and removes its folder.
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    neo4j = await startLocalNeo4j({ dataDir, port: 0, heapMb: size === 'large' ? 2048 : 1024 });
    const driver = createDriver({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
    });
    try {
      const graph = generateGraph(size);
      console.log(`generated ${size}; loading into ${neo4j.uri} (${dataDir})…`);
      const load = await loadGraph(driver, graph);
      console.log(
        `loaded ${load.nodes} nodes, ${load.relationships} relationships in ${(load.millis / 1000).toFixed(1)} s`,
      );
      const api = await startApi(driver, neo4j);
      server = api.server;
      analyst = api.analyst;
      const cases = await measureCases(
        api.url,
        api.recorder,
        driver,
        { uri: neo4j.uri, username: neo4j.username, password: neo4j.password },
        benchCases(graph.picks),
        size,
      );
      const version = await driver.executeQuery(
        'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
      );
      const report = (throughput: Awaited<ReturnType<typeof measureThroughput>>) =>
        writeReport({
          size,
          picks: graph.picks,
          load,
          cases,
          throughput,
          neo4j: String(version.records[0]?.get('v') ?? ''),
          commit,
          minutes: (Date.now() - started) / 60_000,
          loadAtStart,
        });
      // Written once before the throughput runs, so their failure loses nothing else.
      report([]);
      const file = report(await measureThroughput(api.url, graph.picks, size));
      console.log(`wrote ${file}`);
    } finally {
      await driver.close();
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
