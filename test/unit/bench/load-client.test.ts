import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeQueries, encodeQueries, inChild } from '../../../bench/load-client.js';
import type { Timing } from '../../../bench/measure.js';

describe('encodeQueries / decodeQueries (recorded queries sent to the load client)', () => {
  it('brings integers and dates back as driver values and the bookmark manager as the child driver’s', () => {
    const driver = neo4j.driver('neo4j://127.0.0.1:1');
    const own = driver.executeQueryBookmarkManager;
    const recorded = [
      {
        cypher: 'MATCH (n {id: $id}) RETURN n LIMIT $limit',
        params: { id: 'a', limit: neo4j.int(25), on: new neo4j.types.Date(2025, 4, 1) },
        config: { routing: 'READ', bookmarkManager: { someone: 'else' } },
      },
    ];
    const [back] = decodeQueries(JSON.parse(JSON.stringify(encodeQueries(recorded))), driver);
    const params = back?.params as { limit: unknown; on: unknown; id: string };
    expect(neo4j.isInt(params.limit) && params.limit.toNumber()).toBe(25);
    expect(neo4j.isDate(params.on) && String(params.on)).toBe('2025-04-01');
    expect((back?.config as { bookmarkManager: unknown }).bookmarkManager).toBe(own);
    void driver.close();
  });
});

describe('inChild', () => {
  let server: Server | undefined;
  afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(null))));

  it('runs the load in another process and answers its counts', async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const r = await inChild<{ requests: number; errors: number } & Timing>(
      { kind: 'throughput', urls: [url], connections: 2, seconds: 0.5 },
      30_000,
    );
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
    expect(r.p50).toBeGreaterThan(0);
  }, 60_000);
});
