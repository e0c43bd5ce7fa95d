// npm run soak [-- --seconds 180 --connections 20]: the API under explorer
// load, alone and then beside heavy and runaway analyst queries, on a
// throwaway Neo4j with the seed. Prints errors and p99s with their ratio.
// npm run soak -- --adversarial [--seconds 45]: the product's server and
// limits under attack beside one well-behaved client (soak-adversarial.ts).
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { defaultConnectionLimits } from '../server/http/connection-limits.js';
import { runAdversarialSoak } from './soak-adversarial.js';
import { runSoak } from './soak-core.js';
import { startBenchServer } from './support.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '90' },
    connections: { type: 'string', default: '20' },
    heavy: { type: 'string', default: '4' },
    adversarial: { type: 'boolean', default: false },
    /** With --adversarial: also write the server's log to this file. */
    'log-file': { type: 'string' },
  },
});

if (values.adversarial) {
  await adversarial(Number(values.seconds), values['log-file']);
  process.exit(process.exitCode ?? 0);
}

async function adversarial(seconds: number, logFile: string | undefined) {
  let logBytes = 0;
  const file = logFile ? createWriteStream(logFile) : undefined;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logBytes += chunk.length;
      file?.write(chunk);
      done();
    },
  });
  // The product's limits as they ship: connections, the request rate, the heavy gate.
  const server = await startBenchServer(
    {},
    { connections: defaultConnectionLimits, logger: pino({ level: 'info' }, sink) },
  );
  try {
    const r = await runAdversarialSoak({ target: { port: server.port }, seconds, thinkMs: 400 });
    const p = r.person;
    console.log(
      `well-behaved client: ${p.served} of ${p.requests} requests served, p50 ${p.p50.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, statuses ${JSON.stringify(p.statuses)}`,
    );
    console.log(`heavy-route hogs (2 clients × 7 connections): ${JSON.stringify(r.hogs.statuses)}`);
    console.log(`bad encodings and bodies: ${JSON.stringify(r.badBodies.statuses)}`);
    console.log(
      `connection flood from one address (64 at a time): ${r.flood.accepted} accepted, at most ${r.flood.mostOpen} open at once, ${r.flood.refused} refused with 503 BUSY`,
    );
    console.log(
      `slow bodies (1 byte/s): ${r.slow.tried} sent, ${r.slow.closed} cut by the server (median after ${(r.slow.closedAfterMsP50 / 1000).toFixed(1)} s)`,
    );
    console.log(`server connections at the end: ${JSON.stringify(server.connections())}`);
    console.log(`log bytes written: ${logBytes} (${seconds} s)`);
    console.log(
      `5xx: ${r.unexpected5xx} unexpected; ${r.deliberate503} deliberate 503 BUSY (over a cap or the heavy queue)`,
    );
    process.exitCode = r.unexpected5xx > 0 ? 1 : 0;
  } finally {
    await server.stop();
    file?.end();
  }
}

// The load soak measures the explorer beside analyst queries, not the per-client limits.
const server = await startBenchServer({
  query: { timeoutMs: 5_000, rowCap: 5_000, ratePerMinute: 100_000 },
  rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 },
});
try {
  const memoryBefore = process.memoryUsage().rss;
  const result = await runSoak({
    url: server.url,
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    heavyClients: Number(values.heavy),
  });
  const rssMb = (process.memoryUsage().rss - memoryBefore) / 1024 / 1024;
  for (const [name, s] of Object.entries({ quiet: result.quiet, heavy: result.heavy })) {
    console.log(
      `${name.padEnd(6)} ${s.requests} requests, ${s.errors5xx} 5xx, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, statuses ${JSON.stringify(s.statuses)}`,
    );
  }
  console.log(`explorer p99 beside heavy analyst queries: ${result.p99Ratio.toFixed(2)}× quiet`);
  console.log(`API process memory change: ${rssMb.toFixed(0)} MB`);
  process.exitCode = result.quiet.errors5xx + result.heavy.errors5xx > 0 ? 1 : 0;
} finally {
  await server.stop();
}
