// The load client of bench/floor/run.ts, in its own process so that its work
// is not counted as the server's: interleaved rounds, one GET per target per
// round on a keep-alive connection, in shuffled order. Prints JSON timings.
import http from 'node:http';

interface Target {
  name: string;
  url: string;
  gzip: boolean;
}

const [targetsJson, roundsText] = process.argv.slice(2);
const targets = JSON.parse(targetsJson ?? '[]') as Target[];
const rounds = Math.min(Number(roundsText ?? 500), 5_000);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(t: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(
      t.url,
      { agent, headers: t.gzip ? { 'accept-encoding': 'gzip' } : {} },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(performance.now() - t0));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`${t.name} timed out`)));
    req.on('error', reject);
  });
}

const times = new Map<string, number[]>(targets.map((t) => [t.name, []]));
for (const t of targets) for (let i = 0; i < 20; i++) await get(t); // warm-up
for (let round = 0; round < rounds; round++) {
  const order = [...targets].sort(() => Math.random() - 0.5);
  for (const t of order) times.get(t.name)?.push(await get(t));
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const out = Object.fromEntries(
  [...times].map(([name, xs]) => [name, { p50: pct(xs, 0.5), p99: pct(xs, 0.99) }]),
);
process.stdout.write(JSON.stringify(out));
agent.destroy();
