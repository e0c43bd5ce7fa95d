// A load whose connection to Neo4j is cut halfway: a TCP relay between the
// driver and the test run's real Neo4j is closed once the first statements
// have answered, which the driver sees as it sees Neo4j stopping (the
// socket closes, later connections are refused). Neo4j itself keeps
// running, so the test can then read what the load left behind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { formatStartupError } from '../../../../server/errors.js';
import { readDataset } from '../../../../server/loader/dataset.js';
import { interruptedLoadError } from '../../../../server/loader/interrupted.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { createDriver } from '../../../../server/neo4j/driver.js';
import { graphFingerprint, testDriver } from '../../../support/db.js';

/** Relays 127.0.0.1:<port> to Neo4j's Bolt port until cut. */
async function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    /** Closes every relayed connection and refuses new ones, as a stopped Neo4j does. */
    cut() {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-cut-'));
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
  // Two files of 300 small statements, sent without waiting for answers: the
  // cut comes after the first answers, in the first file or as the second starts.
  for (const file of ['a.cypher', 'b.cypher']) {
    const lines = Array.from({ length: 300 }, (_, i) => `CREATE (:CutLoad {id: '${file}-${i}'});`);
    writeFileSync(path.join(dir, file), lines.join('\n'));
  }
});

afterAll(async () => {
  await driver.executeQuery('MATCH (n:CutLoad) DETACH DELETE n');
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a load that loses Neo4j halfway', () => {
  it('writes nothing and is told as Neo4j stopping, not as Cypher to fix', async () => {
    const before = await graphFingerprint(driver);
    const bolt = new URL(inject('neo4jUri'));
    const link = await relay({ host: bolt.hostname, port: Number(bolt.port) });
    const cut = createDriver({
      uri: `bolt://127.0.0.1:${link.port}`,
      username: inject('neo4jUser'),
      password: inject('neo4jPassword'),
    });
    const dataset = readDataset(dir);
    const phase = { kind: 'loading' as const, done: 0, total: 600 };
    let failure: unknown;
    try {
      await loadDataset(cut, undefined, dataset, {
        force: true,
        onProgress: (done) => {
          phase.done = done;
          if (done < 600) link.cut();
        },
      });
    } catch (error) {
      failure = error;
    } finally {
      link.cut();
      await cut.close().catch(() => undefined);
    }
    const text = formatStartupError(interruptedLoadError(failure, phase));
    expect(phase.done).toBeLessThan(600);
    expect(text).toMatch(/Neo4j stopped during the load, after \d+ of 600 statements/);
    expect(text).not.toMatch(/fix the Cypher/);
    expect(await graphFingerprint(driver)).toBe(before);
  }, 60_000);
});
