import { describe, expect, it } from 'vitest';
import { defaultHeavyAtOnce, readConfig } from '../../../server/config.js';
import { StartupError } from '../../../server/errors.js';

describe('readConfig', () => {
  it('starts a local Neo4j on 7687 and serves on 3000 by default', () => {
    const config = readConfig({}, '/app');
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.boltPort).toBe(7687);
    expect(config.http.port).toBe(3000);
    expect(config.neo4j.dataDir).toBe('/app/.neo4j/data');
  });

  it('tells a named dataset folder from the bundled seed it defaults to', () => {
    expect(readConfig({}, '/app').seed).toMatchObject({ dir: '/app/seed', named: false });
    expect(readConfig({ SEED_DIR: 'films' }, '/app').seed).toMatchObject({
      dir: '/app/films',
      named: true,
    });
  });

  it('reads the names of an Aura credentials file', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      password: 'secret',
      database: 'neo4j',
    });
  });

  it('fails with a start-up error naming the bad variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(StartupError);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('runs heavy explorer requests at half the cores at once unless HEAVY_REQUESTS_AT_ONCE says', () => {
    expect(readConfig({}).heavyAtOnce).toBe(defaultHeavyAtOnce());
    expect(readConfig({ HEAVY_REQUESTS_AT_ONCE: '2' }).heavyAtOnce).toBe(2);
  });

  it('follows the machine: 1 on 1 or 2 cores, 8 on 16, never more than 16', () => {
    expect([1, 2, 3, 4, 16, 64].map((cores) => defaultHeavyAtOnce(cores))).toEqual([
      1, 1, 1, 2, 8, 16,
    ]);
  });

  it('refuses HEAVY_REQUESTS_AT_ONCE=0, which would let no heavy request run', () => {
    expect(() => readConfig({ HEAVY_REQUESTS_AT_ONCE: '0' })).toThrow(/HEAVY_REQUESTS_AT_ONCE/);
  });

  it('bounds connections in seconds by default: 10 s for headers, 30 s for a request, 5 s idle', () => {
    expect(readConfig({}, '/app').http.connections).toMatchObject({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxPerAddress: 32,
    });
  });

  it("raises a request timeout set below the headers' to theirs, as Node requires", () => {
    const config = readConfig({
      HTTP_HEADERS_TIMEOUT_MS: '20000',
      HTTP_REQUEST_TIMEOUT_MS: '5000',
    });
    expect(config.http.connections.requestTimeoutMs).toBe(20_000);
  });

  it('reads the per-client request rate and burst', () => {
    const config = readConfig({ REQUEST_RATE_PER_SECOND: '2.5', REQUEST_BURST: '40' });
    expect(config.http.rate).toEqual({ perSecond: 2.5, burst: 40 });
  });
});
