// npm run bench:gate -- --size small|medium|large
//
// How many costly requests at once (HEAVY_REQUESTS_AT_ONCE) serves a mix
// best on this machine: the same mix of leaf details, search, depth-2
// neighbourhoods, shortest paths and a month of the timeline at 1, 8 and 32
// connections, with the gate at 1, 2, 4 and the machine's default. Writes
// docs/bench/gate-<size>.md. A throwaway Neo4j, removed afterwards; every
// run bounded in time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { createApp, datasetOptions, defaultAppOptions } from '../server/app.js';
import { defaultHeavyAtOnce } from '../server/config.js';
import { heavyLimits } from '../server/http/heavy-gate.js';
import { createDriver } from '../server/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local-server.js';
import { projectRoot } from '../server/project-paths.js';
import { generateGraph, sizes, type SizeName, type SyntheticGraph } from './generate/graph.js';
import { loadGraph } from './generate/load.js';
import { inChild, type ThroughputResult } from './load-client.js';
import type { Timing } from './measure.js';

const SECONDS = { small: 4, medium: 6, large: 8 } as const;

function mix(base: string, picks: SyntheticGraph['picks']): string[] {
  const [y, m] = picks.month.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 2020, m ?? 1, 0)).toISOString().slice(0, 10);
  return [
    `${base}/api/nodes/${picks.leaf}`,
    `${base}/api/search?q=magnet`,
    `${base}/api/nodes/${picks.leaf}`,
    `${base}/api/nodes/${picks.hub}/neighbors?depth=2&limit=200`,
    `${base}/api/paths?from=${picks.leaf}&to=person:0`,
    `${base}/api/timeline?from=${picks.month}-01&to=${last}`,
  ];
}

async function serve(driver: Driver, atOnce: number): Promise<Server> {
  const app = createApp({
    driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    ...datasetOptions(),
    options: {
      ...defaultAppOptions,
      heavy: heavyLimits(atOnce),
      rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 },
      checkAnswers: false,
    },
  });
  return new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'small' } } });
  const size = values.size as SizeName;
  if (!(size in sizes)) throw new Error(`--size must be one of ${Object.keys(sizes).join(', ')}.`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-gate-'));
  let neo4j: LocalNeo4j | undefined;
  try {
    neo4j = await startLocalNeo4j({ dataDir, port: 0, heapMb: size === 'large' ? 2048 : 1024 });
    const driver = createDriver({
      uri: neo4j.uri,
      username: neo4j.username,
      password: neo4j.password,
    });
    try {
      const graph = generateGraph(size);
      await loadGraph(driver, graph);
      const loadBefore = os.loadavg().map((x) => x.toFixed(1));
      const settings = [...new Set([1, 2, 4, defaultHeavyAtOnce()])];
      const rows: string[] = [];
      for (const atOnce of settings) {
        const server = await serve(driver, atOnce);
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        try {
          // Once each first: a cold plan or page cache is not what the gate decides.
          for (const url of mix(base, graph.picks)) await (await fetch(url)).arrayBuffer();
          for (const connections of [1, 8, 32]) {
            const r = await inChild<ThroughputResult & Timing>(
              {
                kind: 'throughput',
                urls: mix(base, graph.picks),
                connections,
                seconds: SECONDS[size],
              },
              SECONDS[size] * 1000 + 60_000,
            );
            const row = `| ${atOnce}${atOnce === defaultHeavyAtOnce() ? ' (default)' : ''} | ${connections} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.busy} | ${r.errors} |`;
            rows.push(row);
            console.log(row);
          }
        } finally {
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
      }
      const load = os.loadavg().map((x) => x.toFixed(1));
      const file = path.join(projectRoot, 'docs', 'bench', `gate-${size}.md`);
      writeFileSync(
        file,
        `# The costly-request gate at size ${size}\n\n` +
          `A mix of leaf details (twice), search, a hub's depth-2 neighbourhood, a shortest path and a month of the timeline, each connection asking them in turn for ${SECONDS[size]} s; ` +
          `${os.availableParallelism()} cores, load average (1, 5, 15 min) ${loadBefore.join(' ')} at the start and ${load.join(' ')} at the end. Load client in its own process (bench/load-client.ts). ` +
          `"busy" counts 503 BUSY answers (waited out as told), not samples.\n\n` +
          `| at once | connections | req/s | p50 ms | p99 ms | busy | errors |\n| --- | --- | --- | --- | --- | --- | --- |\n` +
          `${rows.join('\n')}\n`,
      );
      console.log(`wrote ${file}`);
    } finally {
      await driver.close();
    }
  } finally {
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
