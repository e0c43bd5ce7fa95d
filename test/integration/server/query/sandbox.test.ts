// The analysts' sandbox: a second local Neo4j with a copy of the graph. A
// query that fills its heap (here sent to it directly, as anything that got
// past the guard would arrive) stops only the sandbox; the explorer's
// database keeps answering and is never restarted, and the analyst
// endpoint answers again once the supervisor has brought the sandbox back.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productAnalystRunner } from '../../../../server/analyst.js';
import { createApp, datasetOptions } from '../../../../server/app.js';
import { testAppOptions } from '../../../support/app.js';
import type { Database } from '../../../../server/neo4j/connect.js';
import { createDriver } from '../../../../server/neo4j/driver.js';
import {
  sandboxDataDir,
  startAnalystSandbox,
  type AnalystSandbox,
} from '../../../../server/query/sandbox.js';
import type { AnalystRunner } from '../../../../server/query/runner.js';
import { graphFingerprint, testDriver, testWorkerSettings } from '../../../support/db.js';
import { makeAccount } from '../../../support/auth.js';

let root: string;
let driver: Driver;
let sandbox: AnalystSandbox;
let analyst: AnalystRunner;
let app: Express;
const log: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'reg-sandbox-'));
  driver = testDriver();
  sandbox = await startAnalystSandbox({
    main: { driver, database: undefined },
    mainDataDir: path.join(root, 'data'),
    heapMb: 256,
    // Every ensureCurrent compares the stamps: a change made just after the last check must show.
    recheckMs: 0,
    log: (m) => log.push(`${new Date().toISOString().slice(11, 23)} ${m}`),
  });
  const settings = testWorkerSettings();
  const db = {
    driver,
    database: undefined,
    uri: settings.uri,
    local: undefined,
    credentials: settings,
    restartLocal: () => Promise.reject(new Error('the explorer database must not restart')),
    close: () => Promise.resolve(),
  } satisfies Database;
  const logger = pino({ level: 'silent' });
  analyst = productAnalystRunner(db, 3_000, logger, {}, sandbox);
  app = createApp({
    driver,
    database: undefined,
    analyst,
    logger,
    ...datasetOptions(),
    options: {
      ...testAppOptions,
      query: { timeoutMs: 3_000, rowCap: 100, ratePerMinute: 10_000 },
    },
  });
}, 240_000);

afterAll(async () => {
  await analyst?.close();
  await sandbox?.close();
  await driver?.close();
  rmSync(root, { recursive: true, force: true });
});

const query = (cypher: string) => request(app).post('/api/query').send({ cypher });

/** Every file under a folder, depth first, bounded. */
function filesUnder(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (found.length > 2_000) break;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, found);
    else found.push(full);
  }
  return found;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** Times of `count` explorer requests in a row, each after a short pause. */
async function explorerTimings(count: number): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = Date.now();
    expect((await request(app).get('/api/nodes/country:india')).status).toBe(200);
    timings.push(Date.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  return timings;
}

describe('the analyst sandbox', () => {
  it("holds a copy of the explorer's graph, indexes included, before the first query", async () => {
    const res = await query('MATCH (n) RETURN count(n) AS nodes');
    expect(res.status).toBe(200);
    const copy = createDriver(sandbox.settings);
    try {
      expect(await graphFingerprint(copy)).toBe(await graphFingerprint(driver, true));
      const { records } = await copy.executeQuery('SHOW FULLTEXT INDEXES YIELD name RETURN name');
      expect(records.length).toBeGreaterThan(0);
    } finally {
      await copy.close();
    }
  });

  it('copies no account, session or draft, and follows a published change', async () => {
    await makeAccount('editor', driver);
    const { records } = await driver.executeQuery(
      'MERGE (e:_GraphEdits {_one: true}) SET e._seq = coalesce(e._seq, 0) + 1000 RETURN e._seq AS seq',
    );
    const seq = Number(records[0]?.get('seq'));
    await sandbox.ensureCurrent();
    const copy = createDriver(sandbox.settings);
    try {
      const edits = await copy.executeQuery('MATCH (e:_GraphEdits) RETURN e._seq AS seq');
      expect(Number(edits.records[0]?.get('seq'))).toBe(seq);
      const hidden = await copy.executeQuery('MATCH (n:_Private) RETURN count(n) AS n');
      expect(Number(hidden.records[0]?.get('n'))).toBe(0);
      expect(await graphFingerprint(copy)).toBe(await graphFingerprint(driver, true));
    } finally {
      await copy.close();
    }
  });

  it('keeps its files readable by this user only', () => {
    const dir = sandboxDataDir(path.join(root, 'data'));
    expect(statSync(dir).mode & 0o077).toBe(0);
    const open = filesUnder(dir).filter((f) => (statSync(f).mode & 0o077) !== 0);
    expect(open).toEqual([]);
  });

  it('answers the four reported runaways with 403 at once, the sandbox untouched', async () => {
    const tenfold = Array.from({ length: 8 }, () => 'WITH s+s+s+s+s+s+s+s+s+s AS s').join(' ');
    const runaways = [
      'RETURN reduce(a = 0, x IN range(1, toInteger(2e10)) | a + x)',
      `RETURN '${'a'.repeat(1000)}' =~ '.*.*.*.*b'`,
      `WITH 'aaaaaaaaaa' AS s ${tenfold} RETURN size(s)`,
      'RETURN size([x IN range(1, toInteger(4e8)) | [x, x]])',
    ];
    for (const cypher of runaways) {
      const res = await query(cypher);
      expect(res.status).toBe(403);
    }
    expect(sandbox.restarts).toBe(0);
  });

  it('survives a heap-filling query: the explorer keeps answering and the analyst endpoint comes back', async () => {
    const explorerBefore = await graphFingerprint(driver);
    const quiet = await explorerTimings(40);
    // Sent past the guard on purpose: the sandbox is the line behind it.
    const copy = createDriver(sandbox.settings);
    const attack = copy
      .executeQuery(
        "WITH 'aaaaaaaaaa' AS s " + 'WITH s+s+s+s+s+s+s+s+s+s AS s '.repeat(9) + 'RETURN size(s)',
      )
      .then(
        () => 'answered',
        () => 'failed',
      );
    const statuses: number[] = [];
    const timings: number[] = [];
    const started = Date.now();
    // The explorer's own requests, while the sandbox runs out of memory and restarts.
    for (let i = 0; i < 400 && sandbox.restarts === 0 && Date.now() - started < 120_000; i++) {
      const t = Date.now();
      statuses.push((await request(app).get('/api/nodes/country:india')).status);
      timings.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await attack).toBe('failed');
    await copy.close();
    const downAt = Date.now();
    let back = 0;
    for (let i = 0; i < 120 && back === 0; i++) {
      if ((await query('RETURN 1 AS one')).status === 200) back = Date.now();
      else await new Promise((r) => setTimeout(r, 500));
    }
    const p99 = percentile(timings, 0.99);
    const quietP99 = percentile(quiet, 0.99);
    console.log(
      `Sandbox filled its heap: ${statuses.length} explorer requests meanwhile, p99 ${p99} ms against ${quietP99} ms quiet (${(p99 / Math.max(1, quietP99)).toFixed(2)}x); analyst endpoint answering ${back - downAt} ms after the sandbox came back, ${back - started} ms after the attack`,
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(sandbox.restarts).toBe(1);
    expect(back).toBeGreaterThan(0);
    expect(await graphFingerprint(driver)).toBe(explorerBefore);
  }, 240_000);
});

describe('the local Neo4j refuses wrong passwords without locking its user', () => {
  it('answers the right password at once after 30 wrong logins', async () => {
    const { uri, username, password } = testWorkerSettings();
    for (let i = 0; i < 30; i++) {
      const wrong = createDriver({ uri, username, password: `wrong-${i}` });
      await expect(wrong.verifyConnectivity()).rejects.toThrow();
      await wrong.close();
    }
    const right = createDriver({ uri, username, password });
    try {
      await right.verifyConnectivity();
      const { records } = await right.executeQuery('RETURN 1 AS one');
      expect(Number(records[0]?.get('one'))).toBe(1);
    } finally {
      await right.close();
    }
    expect((await request(app).get('/api/health')).status).toBe(200);
  });

  it('says degraded in health when Neo4j refuses the app its login', async () => {
    const { uri, username } = testWorkerSettings();
    const refused = createDriver({ uri, username, password: 'not-the-password' });
    try {
      const res = await request(
        createApp({
          driver: refused,
          database: undefined,
          logger: pino({ level: 'silent' }),
          options: testAppOptions,
        }),
      ).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('degraded');
      expect(res.body.degraded).toMatch(/refuses this server's login/);
    } finally {
      await refused.close();
    }
  });
});
