// Two API instances on one Neo4j behind a round-robin proxy, as a newsroom
// that outgrows one process would run them: each instance is the production
// build (`node dist/server/main.js`, what npm start runs) in its own process,
// so nothing held in one process's memory can make the test pass. What one
// instance learns through Neo4j (a session, a dataset load) the other sees.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, inject } from 'vitest';
import { ensureServerBuild, serverEntry } from '../../../server/build/server-build.js';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { loadDataset } from '../../../server/loader/loader.js';
import { findFreePort } from '../../../server/neo4j/ports.js';
import { projectRoot } from '../../../server/project-paths.js';
import { makeAccount, signIn } from '../../support/auth.js';
import { removeDataset, testDriver } from '../../support/db.js';

const served = path.join('test', 'fixtures', 'datasets', 'small-press');
const loadedLater = readProjectDataset(
  path.join(projectRoot, 'test', 'fixtures', 'datasets', 'lantern-bay'),
);
const driver = testDriver();
/** One client's request rate in all, across both instances: a burst of 80, then 1 every 10 s. */
const BURST = 80;
const PER_SECOND = 0.1;
/** Every answer the proxy passed on: which instance, what status. */
const answered: { instance: number; status: number }[] = [];
let startedAt = 0;
const instances: { child: ChildProcess; port: number }[] = [];
let proxy: http.Server | undefined;
let base = '';

/** Starts one production-build instance on a free port; resolves when it says it is ready. */
async function startInstance(): Promise<{ child: ChildProcess; port: number }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      SEED_DIR: served,
      SEED_ON_START: 'true',
      LOG_LEVEL: 'warn',
      // Each instance takes half of these (rate-limit.ts); the last test spends them all.
      API_INSTANCES: '2',
      REQUEST_BURST: String(BURST),
      REQUEST_RATE_PER_SECOND: String(PER_SECOND),
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const instance = { child, port };
  instances.push(instance);
  // Polled by hand: expect.poll is for inside a test, and this runs in beforeAll.
  const until = Date.now() + 90_000;
  while (!/ready at http:\/\/localhost:\d+|✖/.test(output) && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 250));
  if (!/ready at/.test(output)) throw new Error(`An instance did not start:\n${output}`);
  return instance;
}

/** A proxy written for the test: each request goes to the next instance in turn, and says which. */
function roundRobin(ports: number[]): http.Server {
  let next = 0;
  return http.createServer((req, res) => {
    const index = next;
    next = (next + 1) % ports.length;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: ports[index],
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `localhost:${ports[index]}` },
      },
      (answer) => {
        answered.push({ instance: index, status: answer.statusCode ?? 502 });
        res.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          'x-instance': String(index),
        });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

/** GETs a path once through the proxy: the instance that answered and the JSON it sent. */
async function get<T>(
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ instance: string; body: T }> {
  const res = await fetch(`${base}${pathname}`, { headers });
  expect(res.status).toBe(200);
  return { instance: res.headers.get('x-instance') ?? '?', body: (await res.json()) as T };
}

beforeAll(async () => {
  await ensureServerBuild(() => undefined);
  startedAt = Date.now();
  // One after the other: the second finds the dataset loaded and keeps it.
  const first = await startInstance();
  const second = await startInstance();
  proxy = roundRobin([first.port, second.port]);
  await new Promise<void>((resolve) => proxy?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 200_000);

afterAll(async () => {
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(null)));
  await Promise.all(
    instances.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGINT');
        }),
    ),
  );
  await removeDataset(driver, loadedLater.name);
  await removeDataset(driver, readProjectDataset(path.join(projectRoot, served)).name);
  await driver.close();
}, 60_000);

it('keeps a session made on one instance signed in on the other, and ends it on both', async () => {
  const session = await signIn(base, 'editor', { driver });
  const seen = [await get<SessionBody>('/api/session', { Cookie: session.cookie })];
  seen.push(await get<SessionBody>('/api/session', { Cookie: session.cookie }));
  expect(new Set(seen.map((s) => s.instance))).toEqual(new Set(['0', '1']));
  for (const s of seen) expect(s.body.user?.name).toBe(session.user.name);

  const out = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: session.headers });
  expect(out.status).toBe(200);
  for (let i = 0; i < 2; i++)
    expect((await get<SessionBody>('/api/session', { Cookie: session.cookie })).body.user).toBe(
      null,
    );
});

it('shows a dataset loaded after both started on both, though each had kept its answer', async () => {
  const before = [await get<DatasetBody>('/api/dataset'), await get<DatasetBody>('/api/dataset')];
  expect(new Set(before.map((b) => b.instance))).toEqual(new Set(['0', '1']));
  for (const b of before) expect(b.body.captions).not.toHaveProperty('LbPier');

  await loadDataset(driver, undefined, loadedLater);

  for (let i = 0; i < 2; i++)
    expect((await get<DatasetBody>('/api/dataset')).body.captions).toHaveProperty('LbPier');
});

interface SessionBody {
  user: { name: string } | null;
}
interface DatasetBody {
  captions: Record<string, string>;
}

it('answers an analyst query on each instance from its compiled worker thread', async () => {
  const answered = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${base}/api/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cypher: 'RETURN 1 + 1 AS two' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rows: unknown[] }).rows).toEqual([{ two: 2 }]);
    answered.add(res.headers.get('x-instance') ?? '?');
  }
  expect(answered).toEqual(new Set(['0', '1']));
});

/** POSTs a sign-in through the proxy: the instance that answered, the status and the error's words. */
async function logInThrough(name: string, password: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = (await res.json()) as { error?: { message: string } };
  return {
    instance: res.headers.get('x-instance'),
    status: res.status,
    message: body.error?.message ?? '',
  };
}

it('refuses an account on both instances after five failed sign-ins spread over the two', async () => {
  const { account, password } = await makeAccount('editor', driver);
  const failures = [];
  for (let i = 0; i < 5; i++) failures.push(await logInThrough(account.name, 'not-the-password'));
  expect(failures.map((f) => f.status)).toEqual([401, 401, 401, 401, 401]);
  expect(new Set(failures.map((f) => f.instance))).toEqual(new Set(['0', '1']));
  // Each instance saw only two or three failures: a count per process would still let them in.
  const refused = [
    await logInThrough(account.name, password),
    await logInThrough(account.name, password),
  ];
  expect(new Set(refused.map((r) => r.instance))).toEqual(new Set(['0', '1']));
  for (const r of refused) {
    expect(r.status).toBe(429);
    expect(r.message).toMatch(/failed sign-ins for this account/);
  }
});

it('holds one client to the configured burst across both instances, not twice it', async () => {
  // Spends what is left of the burst; bounded at twice the burst, which a count per process would allow.
  for (let i = 0; i < 2 * BURST; i++) {
    const res = await fetch(`${base}/api/session`);
    await res.arrayBuffer();
    if (answered.slice(-2).every((a) => a.status === 429) && answered.length > 2) break;
  }
  const accepted = answered.filter((a) => a.status !== 429).length;
  const refill = Math.ceil(((Date.now() - startedAt) / 1000) * PER_SECOND);
  expect(accepted).toBeLessThanOrEqual(BURST + refill);
  // Both halves were spent, so the limit in all is the burst, not one instance's half.
  expect(accepted).toBeGreaterThan(BURST / 2 + refill);
  const last = answered.slice(-2);
  expect(new Set(last.map((a) => a.instance))).toEqual(new Set([0, 1]));
  for (const a of last) expect(a.status).toBe(429);
});
