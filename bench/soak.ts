// npm run soak [-- --seconds 180 --connections 20]: the API under explorer
// load, alone and then beside heavy and runaway analyst queries, on a
// throwaway Neo4j with the seed. Prints errors and p99s with their ratio.
import { parseArgs } from 'node:util';
import { runSoak } from './soak-core.js';
import { startBenchServer } from './support.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '90' },
    connections: { type: 'string', default: '20' },
    heavy: { type: 'string', default: '4' },
  },
});

const server = await startBenchServer({
  query: { timeoutMs: 5_000, rowCap: 5_000, ratePerMinute: 100_000 },
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
