import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../support/app.js';
import { testDriver } from '../../../support/db.js';

/**
 * The real Neo4j behind a latch: once armed, the next graph query waits until
 * the test lets it go, so a heavy request provably holds its slot while the
 * test sends others. Every query still runs on the database. The vocabulary
 * read (labels, indexes, constraints) is never held: every request shares it.
 */
const sharedRead = /^\s*(CALL db\.labels|SHOW )/;

function latched(driver: Driver) {
  let armed: { onHold: () => void; gate: Promise<void> } | undefined;
  /** Waits at the latch when it is armed and `cypher` is not a shared read. */
  const pass = async (cypher: unknown) => {
    const shared = typeof cypher === 'string' && sharedRead.test(cypher);
    const hold = shared ? undefined : armed;
    if (hold) armed = undefined;
    if (hold) {
      hold.onHold();
      await hold.gate;
    }
  };
  // Graph reads go as auto-commit session.run; other reads through executeQuery.
  const latchedSession = (session: ReturnType<Driver['session']>) =>
    new Proxy(session, {
      get(target, prop) {
        if (prop === 'run')
          return async (...args: Parameters<typeof target.run>) => {
            await pass(args[0]);
            return await target.run(...args);
          };
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'executeQuery') {
        return async (...args: Parameters<Driver['executeQuery']>) => {
          await pass(args[0]);
          return target.executeQuery(...args);
        };
      }
      if (prop === 'session')
        return (...args: Parameters<Driver['session']>) => latchedSession(target.session(...args));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const arm = () => {
    let release!: () => void;
    let onHold!: () => void;
    const holding = new Promise<void>((resolve) => (onHold = resolve));
    armed = { onHold, gate: new Promise<void>((resolve) => (release = resolve)) };
    return { holding, release };
  };
  return { driver: proxy, arm };
}

const HUB_DEPTH_2 = '/api/nodes/country:india/neighbors?depth=2&limit=50';
const CHEAP = [
  '/api/nodes/person:randhir-jaiswal',
  '/api/search?q=MEA',
  '/api/nodes/country:india/neighbors?depth=1&limit=10',
];

let driver: Driver;
let latch: ReturnType<typeof latched>;
let server: Server;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  latch = latched(driver);
  const app = testApp(latch.driver, {
    heavy: { running: 1, perClient: 5, waiting: 1, waitMs: 30_000 },
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Reads kept per load are made once here, so that no held query is one a cheap request shares.
  for (const path of [HUB_DEPTH_2, ...CHEAP]) await request(base).get(path).expect(200);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await driver.close();
});

/** Starts a hub's depth-2 neighbourhood and resolves once it holds the heavy slot. */
async function holdSlot() {
  const { holding, release } = latch.arm();
  const answer = request(base)
    .get(HUB_DEPTH_2)
    .then((r) => r);
  await holding;
  return { answer, release };
}

describe('heavy-request admission on the real database', () => {
  it('answers node details, search and depth-1 neighbours while the heavy slot is taken', async () => {
    const held = await holdSlot();
    for (const path of CHEAP) await request(base).get(path).expect(200);
    held.release();
    expect((await held.answer).status).toBe(200);
  });

  it('answers a heavy request beyond the slot and the queue 503 BUSY with Retry-After', async () => {
    const held = await holdSlot();
    const queued = request(base).get('/api/paths?from=person:randhir-jaiswal&to=country:india');
    const queuedAnswer = queued.then((r) => r);
    // The queue holds one: of the next two, at least one is turned away.
    const surplus = await request(base).get('/api/claims');
    held.release();
    const statuses = [surplus.status, (await queuedAnswer).status].sort();
    expect(statuses).toEqual([200, 503]);
    const busy = surplus.status === 503 ? surplus : await queuedAnswer;
    expect(busy.headers['retry-after']).toBe('2');
    expect(busy.body.error.code).toBe('BUSY');
    expect(busy.body.error.message).toContain('Try again in a few seconds');
  });

  it('frees the slot after a heavy request that failed', async () => {
    await request(base).get('/api/nodes/person:nobody-at-all/neighbors?depth=2').expect(404);
    const held = await holdSlot();
    held.release();
    expect((await held.answer).status).toBe(200);
  });

  it('frees the slot of a running heavy request whose client went away', async () => {
    const { holding, release } = latch.arm();
    const gone = http.get(`${base}${HUB_DEPTH_2}`);
    gone.on('error', () => undefined);
    await holding;
    gone.destroy();
    release();
    // Were the slot kept, this would wait 30 s in the queue and get 503.
    await request(base).get('/api/timeline?types=Statement').expect(200);
  });
});
