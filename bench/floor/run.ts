// npm run bench:floor: what the HTTP layer costs per request, without Neo4j,
// as ratios against a bare node:http handler sending the same bytes (for a
// 1 KB answer) and against express.static sending the same file (for a kept
// 600 KB answer). The servers run here; the client in its own process.
//   - 1 KB: the server's own request logger (server/http/logger.ts) against the bare handler.
//   - 600 KB kept answer: as it was (the kept text, hashed for an ETag and
//     gzipped per request) against as it is now (ETag and gzip made once).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express, { type Express } from 'express';
import { pino } from 'pino';
import { z } from 'zod';
import { answerBody } from '../../server/http/answer-body.js';
import { compressAnswers } from '../../server/http/compression.js';
import { requestLogger } from '../../server/http/logger.js';
import { listen, timeTargets } from './serve.js';
import { mountRoutes, route } from '../../server/http/route.js';

const ROUNDS = Math.min(Number(process.env.FLOOR_ROUNDS ?? 600), 5_000);
const small = JSON.stringify({
  node: {
    id: 'person:1',
    name: 'A person',
    labels: ['Person'],
    properties: { note: 'x'.repeat(900) },
  },
});
const Big = z.object({
  rows: z.array(z.object({ id: z.string(), name: z.string(), n: z.number() })),
});
const big = {
  rows: Array.from({ length: 8_000 }, (_, i) => ({
    id: `source:${i}`,
    name: `Report ${i % 97}`,
    n: i,
  })),
};
// A JSON log to nowhere: the line is still built and written, as in production.
const log = pino({ level: 'info' }, pino.destination('/dev/null'));

function withNewLogger(): Express {
  const app = express();
  app.use(requestLogger(log, 'json'));
  app.get('/x', (_req, res) => void res.type('application/json').send(small));
  return app;
}

function keptBefore(): Express {
  const app = express();
  app.use(compressAnswers());
  app.get('/x', (_req, res) => void res.type('application/json').send(answerBody(Big, big)));
  return app;
}

function keptNow(): Express {
  const app = express();
  app.use(compressAnswers());
  app.use(
    mountRoutes([
      route({
        method: 'get',
        path: '/x',
        summary: '',
        tags: [],
        response: Big,
        handler: () => Promise.resolve(big),
      }),
    ]),
  );
  return app;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-floor-'));
  writeFileSync(path.join(dir, 'x'), answerBody(Big, big));
  const staticApp = express();
  staticApp.use(compressAnswers());
  staticApp.use(express.static(dir, { setHeaders: (res) => res.type('application/json') }));
  const servers = {
    bare: await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(small);
    }),
    loggerNow: await listen(withNewLogger()),
    staticFile: await listen(staticApp),
    keptBefore: await listen(keptBefore()),
    keptNow: await listen(keptNow()),
  };
  const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/x`;
  const targets = Object.entries(servers).map(([name, s]) => ({
    name,
    url: url(s),
    gzip: name.startsWith('kept') || name === 'staticFile',
  }));
  const r = await timeTargets(targets, ROUNDS);
  for (const s of Object.values(servers)) s.close();
  rmSync(dir, { recursive: true, force: true });
  const of = (name: string) => r[name] ?? { p50: Number.NaN, p99: Number.NaN };
  const ratio = (a: string, b: string) =>
    `${(of(a).p50 / of(b).p50).toFixed(2)}× p50, ${(of(a).p99 / of(b).p99).toFixed(2)}× p99`;
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}; ${ROUNDS} rounds`,
  );
  for (const [name, t] of Object.entries(r))
    console.log(`${name.padEnd(13)} p50 ${t.p50.toFixed(3)} ms  p99 ${t.p99.toFixed(3)} ms`);
  console.log(`1 KB, logger / bare handler: ${ratio('loggerNow', 'bare')}`);
  console.log(`600 KB kept answer before / static file: ${ratio('keptBefore', 'staticFile')}`);
  console.log(`600 KB kept answer now    / static file: ${ratio('keptNow', 'staticFile')}`);
}

await main();
