// The import dialog's endpoints over real HTTP on the real Neo4j: only an
// admin may call them; a preview names the mapping it guessed and every
// problem at its place without touching the graph; a load replaces the
// graph in one transaction after a Cypher backup, and the backup restores
// it. The seed is loaded back at the end, as the other files expect it.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportDataset } from '../../../server/import/dataset.js';
import { loadImported } from '../../../server/import/load.js';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { loadDataset } from '../../../server/loader/loader.js';
import {
  dialogImport,
  importProfile,
  loadAtStart,
} from '../../../server/loader/startup-dataset.js';
import { bundledSeedDir, projectRoot } from '../../../server/project-paths.js';
import { signIn, type SignedIn } from '../../support/auth.js';
import { testApp } from '../../support/app.js';
import { graphFingerprint, testDriver } from '../../support/db.js';

const kumu = path.join(projectRoot, 'test', 'fixtures', 'import', 'kumu');
const file = (name: string, text?: string) => ({
  name,
  base64: Buffer.from(text ?? readFileSync(path.join(kumu, name), 'utf8')).toString('base64'),
});
const pair = [file('elements.csv'), file('connections.csv')];

const importDir = mkdtempSync(path.join(os.tmpdir(), 'import-dialog-'));
let driver: Driver;
let app: Express;
let admin: SignedIn;

beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver, { importDir });
  admin = await signIn(app, 'admin', { driver });
});
afterAll(async () => {
  // Skipped when the last test left the seed loaded; a failure before it leaves an import to replace.
  await loadDataset(driver, undefined, readProjectDataset(), { replaceGraph: true });
  rmSync(importDir, { recursive: true, force: true });
  await driver.close();
});

const quiet = { begin: () => undefined, say: () => undefined };

const preview = (body: unknown, as: SignedIn | null = admin) =>
  request(app)
    .post('/api/import/preview')
    .set(as ? as.headers : {})
    .send(body as object);

describe('who may import', () => {
  it('refuses a stranger with 401 and an editor with 403', async () => {
    await preview({ files: pair }, null).expect(401);
    const editor = await signIn(app, 'editor', { driver });
    const res = await preview({ files: pair }, editor).expect(403);
    expect(res.body.error.message).toContain('admin');
  });

  it('tells an admin what an import is doing now (idle between them), and no one else', async () => {
    const editor = await signIn(app, 'editor', { driver });
    await request(app).get('/api/import/status').set(editor.headers).expect(403);
    const res = await request(app).get('/api/import/status').set(admin.headers).expect(200);
    expect(res.body).toEqual({ phase: 'idle', file: null, done: 0, total: null, unit: 'rows' });
  });

  it('refuses an upload past the bound with 413 and what to do instead', async () => {
    const huge = { name: 'big.csv', base64: 'A'.repeat(28_000_000) };
    const res = await preview({ files: [huge] }).expect(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.error.message).toContain('npm run seed');
  });
});

describe('a preview', () => {
  it('counts a Kumu pair and names the columns it took for each part, leaving the graph alone', async () => {
    const before = await graphFingerprint(driver);
    const res = await preview({ files: pair, title: 'Corridor map' }).expect(200);
    expect(res.body).toMatchObject({
      title: 'Corridor map',
      nodes: 8,
      relationships: 4,
      labels: { Company: 2, Event: 2, Organization: 1, Person: 1, Source: 2 },
      problems: [],
    });
    expect(res.body.token).toMatch(/^[0-9a-f]{24}$/);
    const nodes = res.body.mapping.find((m: { role: string }) => m.role === 'nodes');
    expect(nodes.file).toBe('elements.csv');
    expect(nodes.columns).toMatchObject({ name: 'Label', type: 'Type', date: 'Date' });
    const edges = res.body.mapping.find((m: { role: string }) => m.role === 'edges');
    expect(edges.columns).toMatchObject({ from: 'From', to: 'To', type: 'Type', url: 'URL' });
    expect(res.body.replaces.nodes).toBeGreaterThan(100);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('names each problem by file, row and column, and offers no token', async () => {
    const edges = 'From,To,Type\nLotus Alloys,Nowhere Ltd,supplies\n';
    const res = await preview({ files: [file('elements.csv'), file('edges.csv', edges)] }).expect(
      200,
    );
    expect(res.body.token).toBeNull();
    expect(res.body.problems[0]).toMatchObject({
      file: 'edges.csv',
      row: 2,
      column: 'To',
      message: 'no node has the id or label "Nowhere Ltd"',
    });
  });

  it('refuses a file of a format it does not read, by name', async () => {
    const res = await preview({ files: [file('notes.docx', 'x')] }).expect(400);
    expect(res.body.error.message).toContain('"notes.docx" is not a format the importer reads');
  });
});

describe('FollowTheMoney of the selection', () => {
  it('writes the selected nodes with their reports and names the kinds left out', async () => {
    const ids = 'person:randhir-jaiswal,country:india,commodity:rare-earth-magnets';
    const res = await request(app).get('/api/export/ftm').query({ ids }).expect(200);
    const schemata = new Set(res.body.entities.map((e: { schema: string }) => e.schema));
    expect([...schemata]).toEqual(expect.arrayContaining(['Person', 'PublicBody', 'Article']));
    expect(res.body.entities.some((e: { id: string }) => e.id.includes('lin-jian'))).toBe(false);
    expect(res.body.unmapped).toContain('Commodity');
  });
});

describe('a load and its restore', () => {
  /** An open draft, and a published change (its record), made against the seed. */
  async function curate(): Promise<{ open: string; change: string }> {
    const editor = await signIn(app, 'editor', { driver });
    const reviewer = await signIn(app, 'reviewer', { driver });
    const op = (name: string) => ({
      op: { kind: 'create-node', id: `test-import:${name}`, labels: ['Company'], props: { name } },
      why: 'made before an import',
    });
    const draft = (name: string) =>
      request(app).post('/api/curation/drafts').set(editor.headers).send(op(name)).expect(200);
    const open = (await draft('Kept open')).body.id;
    const published = (await draft('Published')).body.id;
    const change = await request(app)
      .post(`/api/curation/drafts/${published}/publish`)
      .set(reviewer.headers)
      .expect(200);
    return { open, change: change.body.id };
  }
  const draftState = async (id: string) => {
    const { records } = await driver.executeQuery(
      'MATCH (d:_Draft {_uid: $id}) RETURN d._status AS status, d._reason AS reason',
      { id },
    );
    return { status: records[0]?.get('status'), reason: records[0]?.get('reason') };
  };
  const changeMark = async (id: string) => {
    const { records } = await driver.executeQuery(
      'MATCH (c:_Change {_uid: $id}) RETURN c._replacedBy AS mark',
      { id },
    );
    expect(records).toHaveLength(1);
    return records[0]?.get('mark');
  };

  it('replaces the graph, shows the title, and the backup brings the seed back', async () => {
    const curated = await curate();
    const seedTitle = (await request(app).get('/api/dataset').expect(200)).body.title;
    const seedPrint = await graphFingerprint(driver, true);
    const token = (await preview({ files: pair, title: 'Corridor map' })).body.token;
    await request(app)
      .post('/api/import/load')
      .set(admin.headers)
      .send({ token, replace: false })
      .expect(400);
    const loaded = await request(app)
      .post('/api/import/load')
      .set(admin.headers)
      .send({ token, replace: true })
      .expect(200);
    expect(loaded.body).toMatchObject({ title: 'Corridor map', nodes: 8, relationships: 4 });
    expect(readdirSync(path.join(importDir, 'backups'))).toContain(loaded.body.backup);
    expect((await request(app).get('/api/dataset')).body.title).toBe('Corridor map');
    const hits = (await request(app).get('/api/search').query({ q: 'Lotus Alloys' })).body.hits;
    expect(hits[0].name).toBe('Lotus Alloys');
    const seedNode = await request(app).get('/api/nodes/country:india');
    expect(seedNode.status).toBe(404);
    // The draft made against the seed is closed, naming the import; the change record is kept, marked.
    expect(await draftState(curated.open)).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('"Corridor map"'),
    });
    expect(await changeMark(curated.change)).toBe(loaded.body.backup);
    // Its history shows the mark, counts it out of the version, and a revert is refused.
    const history = await request(app).get('/api/history/nodes/test-import:Published').expect(200);
    expect(history.body.version).toBe(0);
    expect(history.body.changes[0]).toMatchObject({
      id: curated.change,
      replacedBy: loaded.body.backup,
      replacedAt: expect.any(String),
    });
    const refused = await request(app)
      .post(`/api/curation/changes/${curated.change}/revert`)
      .set(admin.headers)
      .send({ why: 'try it on the new graph' })
      .expect(409);
    expect(refused.body.error.message).toContain('made on a graph since replaced by a load');
    // The next npm start keeps the import, under its title, rather than loading the seed beside it.
    const importedPrint = await graphFingerprint(driver, true);
    const start = await loadAtStart(
      driver,
      undefined,
      { dir: bundledSeedDir, named: false },
      quiet,
    );
    expect(start.kept?.title).toBe('Corridor map');
    expect(start.kept && importProfile(start.kept).title).toBe('Corridor map');
    expect(await graphFingerprint(driver, true)).toBe(importedPrint);

    const restored = await request(app)
      .post('/api/import/restore')
      .set(admin.headers)
      .send({ backup: loaded.body.backup, replace: true })
      .expect(200);
    expect(restored.body.title).toBe(seedTitle);
    expect((await request(app).get('/api/dataset')).body.title).toBe(seedTitle);
    await request(app).get('/api/nodes/country:india').expect(200);
    // The restore reopens the draft the import closed, and unmarks the change record.
    expect(await draftState(curated.open)).toEqual({ status: 'open', reason: null });
    expect(await changeMark(curated.change)).toBeNull();
    // Nodes and links come back; the loader's bookkeeping (a load record's fields) may differ.
    const [n, r] = seedPrint.split('/');
    const [n2, r2] = (await graphFingerprint(driver, true)).split('/');
    expect([n2, r2]).toEqual([n, r]);
  }, 900_000);

  it('a start with SEED_DIR named loads that dataset in place of an imported graph, not beside it', async () => {
    // The restore above is itself a dialog load: its record says so.
    expect(await dialogImport(driver, undefined)).toBeDefined();
    const seed = readProjectDataset();
    const start = await loadAtStart(driver, undefined, { dir: bundledSeedDir, named: true }, quiet);
    expect(start.result?.skipped).toBe(false);
    const { records } = await driver.executeQuery(
      `MATCH (n) WHERE NOT n:_Private AND NOT n:_SeedLoad AND NOT n:_GraphEdits
       AND coalesce(n._dataset, '') <> $seed RETURN count(n) AS n`,
      { seed: seed.name },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
    expect(await dialogImport(driver, undefined)).toBeUndefined();
  }, 900_000);

  it('drops the id indexes a failed load made, and leaves the graph as it was', async () => {
    const dir = mkdtempSync(path.join(importDir, 'failing-'));
    writeFileSync(path.join(dir, 'nodes.csv'), 'Id,Label,Type\nz1,Zephyr,Zinc Trader\n');
    writeFileSync(path.join(dir, 'ontology.json'), '{"id": "failing-load"}');
    const imported = await readImportDataset(dir);
    const file = imported.dataset.files[0];
    const made = file?.produced;
    // The CSV's rows are made into statements as the load runs: after them, a value Neo4j
    // refuses to store, so the load fails after its schema ran and its rows were written.
    if (file && made) {
      file.produced = {
        count: made.count + 1,
        steps: async function* () {
          yield* made.steps();
          yield { kind: 'data', text: "CREATE (:ZincTrader {id: 'z9', mixed: [1, 'a']})", line: 1 };
        },
      };
    }
    expect(made).toBeDefined();
    const before = await graphFingerprint(driver);
    await expect(
      loadImported(driver, undefined, imported, { force: true, textsDir: null }),
    ).rejects.toThrow(/Neo4j refused it/);
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name STARTS WITH 'import_ZincTrader' RETURN name",
    );
    expect(records).toEqual([]);
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('says an upload no longer kept is to be chosen again', async () => {
    const res = await request(app)
      .post('/api/import/load')
      .set(admin.headers)
      .send({ token: 'f'.repeat(24), replace: true })
      .expect(404);
    expect(res.body.error.message).toContain('choose the files again');
  });
});
