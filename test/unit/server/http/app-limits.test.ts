import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, defaultAppOptions, type AppOptions } from '../../../../server/app.js';
import { createDriver, type Driver } from '../../../../server/neo4j/driver.js';
import { findFreePort } from '../../../../server/neo4j/ports.js';
import type { AnalystRunner } from '../../../../server/query/runner.js';

// The app against a Neo4j that is not there: a closed port on 127.0.0.1
// (nothing listens; the driver is refused at once). What these tests check
// happens before, or instead of, any query.
let driver: Driver;
const analystCalls: unknown[] = [];
/** A hand-written fake runner that records what reached it. */
const analyst: AnalystRunner = {
  run: (req) => {
    analystCalls.push(req);
    return Promise.resolve({
      columns: [],
      rows: [],
      graph: { nodes: [], edges: [] },
      summary: { queryType: 'r', millis: 0, rows: 0, truncated: false, rowCap: 1 },
    });
  },
  close: () => Promise.resolve(),
};

beforeAll(async () => {
  const port = await findFreePort();
  driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'x' });
});
afterAll(async () => {
  await driver.close();
});

/**
 * One request over a real socket, optionally from another loopback address
 * (supertest can neither send a raw Buffer as JSON nor pick the source address).
 */
async function send(
  a: Express,
  path: string,
  init: { body?: Buffer; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<{ status: number; body: { error?: { code: string } } }> {
  const server = await new Promise<Server>((resolve) => {
    const s = a.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: init.body ? 'POST' : 'GET',
          headers: init.headers,
          localAddress: init.localAddress,
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(text) as { error?: { code: string } },
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function app(options: Partial<AppOptions> = {}) {
  return createApp({
    driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    analyst,
    savedQueries: [],
    options: { ...defaultAppOptions, ...options },
  });
}

const nestedParams = (levels: number) =>
  `{"cypher":"RETURN $p AS p","params":{"p":${'['.repeat(levels)}${']'.repeat(levels)}}}`;

describe('bodies that used to answer 500', () => {
  it('refuses parameters nested 15,000 deep with 400 before the analyst runner sees them', async () => {
    analystCalls.length = 0;
    const res = await request(app())
      .post('/api/query')
      .set('content-type', 'application/json')
      .send(nestedParams(15_000))
      .expect(400);
    expect(res.body.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/64 levels/),
    });
    expect(analystCalls).toHaveLength(0);
  });

  it.each(['br', 'deflate', 'compress', 'x-unknown'])(
    'refuses a body with Content-Encoding %s with 415 naming the encodings accepted',
    async (encoding) => {
      const res = await request(app())
        .post('/api/query')
        .set('content-type', 'application/json')
        .set('content-encoding', encoding)
        .send('not compressed at all')
        .expect(415);
      expect(res.body.error).toMatchObject({
        code: 'UNSUPPORTED_ENCODING',
        message: expect.stringMatching(/gzip/),
      });
    },
  );

  it('answers 400 for a body that says gzip and is not', async () => {
    const res = await request(app())
      .post('/api/query')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send('not gzip')
      .expect(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
  });

  it('reads a gzip body that is gzip', async () => {
    analystCalls.length = 0;
    const res = await send(app(), '/api/query', {
      body: gzipSync('{"cypher":"RETURN 1"}'),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect([res.status, analystCalls.length]).toEqual([200, 1]);
  });
});

describe('Neo4j gone', () => {
  it('answers search with 503 NEO4J_UNAVAILABLE within 2 s', async () => {
    const started = performance.now();
    const res = await request(app()).get('/api/search?q=MEA').expect(503);
    expect(res.body.error.code).toBe('NEO4J_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('answers health with 503 within 2 s', async () => {
    const started = performance.now();
    await request(app()).get('/api/health').expect(503);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('per-client rate limit', () => {
  it('answers past the burst with 429 RATE_LIMITED and Retry-After', async () => {
    const a = app({ rate: { perSecond: 0.5, burst: 3, heavyCost: 5 } });
    for (let i = 0; i < 3; i++) await request(a).get('/api/queries').expect(200);
    const res = await request(a).get('/api/queries').expect(429);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });

  it('charges a heavy request its cost: after one, a burst of 5 has nothing left', async () => {
    const a = app({ rate: { perSecond: 0.1, burst: 5, heavyCost: 5 } });
    await request(a).get('/api/claims');
    await request(a).get('/api/queries').expect(429);
  });

  it('charges a page of the sources as a light request (a slice of a per-load list, not gated)', async () => {
    const a = app({ rate: { perSecond: 0.1, burst: 5, heavyCost: 5 } });
    await request(a).get('/api/sources');
    await request(a).get('/api/queries').expect(200);
  });

  it('leaves a light client at its burst beside one charged a heavy request', async () => {
    const a = app({ rate: { perSecond: 0.1, burst: 5, heavyCost: 5 } });
    await send(a, '/api/claims');
    const other = await send(a, '/api/queries', { localAddress: '127.0.0.2' });
    expect(other.status).toBe(200);
  });
});
