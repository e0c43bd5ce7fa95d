// npm run bench:floor:leaf: the API's own cost per request on a leaf's
// details, as the performance issue defines it. A throwaway Neo4j holds the
// seed; the full API (every middleware, the route, zod, the adapter) and a
// bare node:http handler that sends the same Cypher through the same driver
// and answers the API's bytes serve it side by side; the load client, in
// its own process, asks both in shuffled, interleaved rounds. The API's own
// cost is its p50 minus the handler's: target at most 0.5 ms. Writes
// docs/bench/floor-leaf.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp, datasetOptions, defaultAppOptions } from '../../server/app.js';
import { readProjectDataset } from '../../server/loader/dataset.js';
import { loadDataset } from '../../server/loader/loader.js';
import { createDriver } from '../../server/neo4j/driver.js';
import { startLocalNeo4j } from '../../server/neo4j/local-server.js';
import { projectRoot } from '../../server/project-paths.js';
import { endpointQueries, recordingDriver, replay } from '../measure.js';
import { listen, timeTargets } from './serve.js';

const ROUNDS = Math.min(Number(process.env.FLOOR_ROUNDS ?? 1_000), 5_000);
const LEAF = process.env.FLOOR_LEAF ?? 'person:randhir-jaiswal';
const PATH = `/api/nodes/${encodeURIComponent(LEAF)}`;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-floor-leaf-'));
  const neo4j = await startLocalNeo4j({ dataDir, port: 0, txMemoryMb: 256 });
  const driver = createDriver({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
  });
  const servers: Server[] = [];
  try {
    await loadDataset(driver, undefined, readProjectDataset(), { force: true });
    const recorder = recordingDriver(driver);
    // As production logs (pino's default: a synchronous write to stdout): a JSON line per request, here to nowhere.
    const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
    const app = createApp({
      driver: recorder.driver,
      database: undefined,
      logger,
      ...datasetOptions(),
      // As npm start serves: reads' answers are not checked again (route.ts).
      options: {
        ...defaultAppOptions,
        rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 },
        checkAnswers: false,
      },
    });
    const api = await listen(app);
    servers.push(api);
    const base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    // Warm the per-load answers, then record what one request sends and answers.
    await fetch(`${base}${PATH}`).then((r) => r.arrayBuffer());
    let body = '';
    const queries = endpointQueries(
      await recorder.record(async () => {
        const res = await fetch(`${base}${PATH}`);
        if (!res.ok) throw new Error(`${PATH} answered ${res.status}`);
        body = await res.text();
      }),
    );
    const handler: http.RequestListener = (_req, res) => {
      replay(driver, queries).then(
        () => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
        () => res.writeHead(500).end(),
      );
    };
    const bare = await listen(handler);
    servers.push(bare);
    const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}${PATH}`;
    const r = await timeTargets(
      [
        { name: 'handler', url: url(bare), gzip: false },
        { name: 'api', url: url(api), gzip: false },
      ],
      ROUNDS,
    );
    const text = floorReport(r, {
      at: new Date().toISOString().slice(0, 16),
      load: os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' '),
      rounds: ROUNDS,
      path: PATH,
      queries: queries.length,
      bytes: body.length,
    });
    const file = path.join(projectRoot, 'docs', 'bench', 'floor-leaf.md');
    writeFileSync(file, text);
    console.log(text);
  } finally {
    for (const s of servers) s.close();
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The run as markdown: the two targets' timings and the API's own cost against its target. */
export function floorReport(
  r: Record<string, { p50: number; p99: number }>,
  run: { at: string; load: string; rounds: number; path: string; queries: number; bytes: number },
): string {
  const of = (name: string) => r[name] ?? { p50: Number.NaN, p99: Number.NaN };
  const own = of('api').p50 - of('handler').p50;
  const rows = ['handler', 'api'].map(
    (name) => `| ${name} | ${of(name).p50.toFixed(3)} | ${of(name).p99.toFixed(3)} |`,
  );
  const verdict =
    own <= 0.5
      ? 'within the 0.5 ms target'
      : `over the 0.5 ms target by ${(own - 0.5).toFixed(2)} ms`;
  return [
    `# The API's own cost per request: a leaf's details`,
    '',
    `Written by \`npm run bench:floor:leaf\` on ${run.at} UTC (load average ${run.load} on ${os.availableParallelism()} cores), ${run.rounds} interleaved rounds from a client in its own process. ` +
      `\`GET ${run.path}\` (${run.queries} query, ${run.bytes} bytes) through the full API, and through a bare \`node:http\` handler sending the same Cypher through the same driver and answering the same bytes.`,
    '',
    '| target | p50 ms | p99 ms |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `The API's own cost (its p50 minus the handler's): ${own.toFixed(3)} ms (${(of('api').p50 / of('handler').p50).toFixed(2)}×), ${verdict}.`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
