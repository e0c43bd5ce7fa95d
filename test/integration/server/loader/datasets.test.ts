// The two test datasets, loaded as a user would (npm run seed -- <folder>)
// and as the app loads SEED_DIR, then explored through the API.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, datasetOptions } from '../../../../server/app.js';
import { testAppOptions } from '../../../support/app.js';
import { projectRoot } from '../../../../server/project-paths.js';
import { readProjectDataset } from '../../../../server/loader/dataset.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { runSeedCli } from '../../../support/seed-cli.js';
import { removeDataset, testDriver } from '../../../support/db.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'datasets');
const lanternBay = path.join(fixtures, 'lantern-bay');
const smallPress = path.join(fixtures, 'small-press');
// The no-id dataset again, with a manifest that says nothing about time and names books by shelfmark.
const undated = mkdtempSync(path.join(os.tmpdir(), 'small-press-undated-'));
copyFileSync(path.join(smallPress, 'press.cypher'), path.join(undated, 'press.cypher'));
writeFileSync(
  path.join(undated, 'ontology.json'),
  JSON.stringify({
    id: 'small-press-undated',
    title: 'Quillfeather Press',
    captions: { QpBook: 'shelfmark' },
  }),
);

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  for (const dir of [lanternBay, smallPress, undated]) {
    await removeDataset(driver, readProjectDataset(dir).name);
  }
  rmSync(undated, { recursive: true, force: true });
  await driver.close();
});

const seed = (...args: string[]) => runSeedCli(args, 90_000);

/** The app as `SEED_DIR=<dir> npm start` builds it: the dataset loaded, its manifest read. */
async function appFor(dir: string) {
  await loadDataset(driver, undefined, readProjectDataset(dir), { force: true });
  return createApp({
    driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    ...datasetOptions(dir),
    options: testAppOptions,
  });
}

async function findId(app: ReturnType<typeof createApp>, q: string, label: string) {
  const res = await request(app).get('/api/search').query({ q, labels: label }).expect(200);
  const hit = (res.body.hits as { id: string; name: string }[]).find((h) => h.name === q);
  expect(hit, `search for ${q}`).toBeDefined();
  return hit?.id ?? '';
}

describe('a script with inline schema statements and cypher-shell directives', () => {
  it('loads through npm run seed -- <folder>, printing progress and passing its checks', () => {
    const { code, out } = seed(lanternBay, '--force');
    expect(out).toMatch(/Loaded dataset "lantern-bay-test": 4 statements/);
    expect(out).toMatch(/4\/4 statements/);
    expect(out).toMatch(/LbSailing\s+3/);
    expect(out).toContain('✔ every node has a string key and a name');
    expect(code).toBe(0);
  });

  it('ran its schema statements outside the data transaction', async () => {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD name WHERE name IN ['lb_ferry_key', 'lbSearch'] RETURN collect(name) AS names",
    );
    expect([...(records[0]?.get('names') as string[])].sort()).toEqual([
      'lbSearch',
      'lb_ferry_key',
    ]);
  });

  it('set :param values, map form included', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (o:LbOperator) RETURN o.name AS name, o.founded AS founded, o.livery AS livery',
    );
    expect(records[0]?.toObject()).toMatchObject({
      name: 'Lantern Bay Ferry Company',
      livery: 'green',
    });
    expect(Number(records[0]?.get('founded'))).toBe(1887);
  });

  it('explores through the app: its title, a search by name, a timeline and a path', async () => {
    const app = await appFor(lanternBay);
    const info = await request(app).get('/api/dataset').expect(200);
    expect(info.body).toMatchObject({
      id: 'lantern-bay-test',
      title: 'Lantern Bay ferries',
      searchPlaceholder: 'Search ferries, piers, sailings…',
    });
    const heron = await findId(app, 'Heron', 'LbFerry');
    const gull = await findId(app, 'Gull Island Landing', 'LbPier');
    const timeline = await request(app).get('/api/timeline').expect(200);
    expect(
      timeline.body.events.map((e: { date: string; datePrecision: string }) => [
        e.date,
        e.datePrecision,
      ]),
    ).toEqual([
      ['1888-05-02', 'day'],
      ['1890-09-14', 'day'],
      ['1893-11-01', 'month'],
    ]);
    const paths = await request(app).get('/api/paths').query({ from: heron, to: gull }).expect(200);
    expect(paths.body.paths[0].length).toBe(2);
  });
});

describe('a dataset with no id properties and dates as integer years', () => {
  it('loads through npm run seed -- <folder>, the missing ids only a warning', () => {
    const { code, out } = seed(smallPress, '--force');
    expect(out).toMatch(/Loaded dataset "small-press-[0-9a-f]{8}": 1 statement in/);
    expect(out).toMatch(
      /⚠ every node has an id and a name .*: 6 failing, e\.g\. [^,]+, [^,]+, [^,]+, …/,
    );
    expect(code).toBe(0);
  });

  it('explores through the app: its title, a search by name, a year timeline and a path', async () => {
    const app = await appFor(smallPress);
    const info = await request(app).get('/api/dataset').expect(200);
    expect(info.body).toMatchObject({ title: 'Quillfeather Press', fromManifest: true });
    expect(info.body.captions).toMatchObject({ QpBook: 'title', QpAuthor: 'name' });
    const search = await request(app).get('/api/search').query({ q: 'Cleo' }).expect(200);
    expect(search.body.mode).toBe('name-scan');
    const ada = await findId(app, 'Ada Merrow', 'QpAuthor');
    const cleo = await findId(app, 'Cleo Vantree', 'QpAuthor');
    const timeline = await request(app).get('/api/timeline').query({ types: 'QpBook' }).expect(200);
    expect(
      timeline.body.events.map((e: { name: string; date: string; datePrecision: string }) => [
        e.name,
        e.date,
        e.datePrecision,
      ]),
    ).toEqual([
      ['The Salt Ledger', '1921-01-01', 'year'],
      ['Lamps Over Wharf Street', '1926-01-01', 'year'],
      ['A Grammar of Tides', '1934-01-01', 'year'],
    ]);
    const asOf = await request(app)
      .get('/api/timeline')
      .query({ types: 'QpBook', asOf: '1930-06-01' });
    expect(asOf.body.events).toHaveLength(2);
    const paths = await request(app).get('/api/paths').query({ from: ada, to: cleo }).expect(200);
    expect(paths.body.paths[0].length).toBe(4);
  });
});

describe('a dataset whose manifest says nothing about time', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    // The same books under another dataset id: the dated copy goes first.
    await removeDataset(driver, readProjectDataset(smallPress).name);
    app = await appFor(undated);
  });

  it('puts integer years on the timeline at year precision, inferred from the schema', async () => {
    const info = await request(app).get('/api/dataset').expect(200);
    expect(info.body.dates).toMatchObject({ QpBook: { property: 'date' } });
    const timeline = await request(app).get('/api/timeline').query({ types: 'QpBook' }).expect(200);
    expect(
      timeline.body.events.map((e: { date: string; datePrecision: string }) => [
        e.date,
        e.datePrecision,
      ]),
    ).toEqual([
      ['1921-01-01', 'year'],
      ['1926-01-01', 'year'],
      ['1934-01-01', 'year'],
    ]);
  });

  it('keeps to the year in as-of', async () => {
    const asOf = await request(app)
      .get('/api/timeline')
      .query({ types: 'QpBook', asOf: '1926-12-31' })
      .expect(200);
    expect(asOf.body.events.map((e: { name: string }) => e.name)).toEqual(['QP-1', 'QP-2']);
  });

  it('names nodes by the manifest caption in search, details, timeline and paths', async () => {
    const id = await findId(app, 'QP-2', 'QpBook');
    const detail = await request(app)
      .get(`/api/nodes/${encodeURIComponent(id)}`)
      .expect(200);
    expect(detail.body.node.name).toBe('QP-2');
    const ada = await findId(app, 'Ada Merrow', 'QpAuthor');
    const paths = await request(app).get('/api/paths').query({ from: ada, to: id }).expect(200);
    expect(paths.body.paths[0].text).toContain('Ada Merrow wrote QP-1');
    const names = (paths.body.graph.nodes as { name: string }[]).map((n) => n.name).sort();
    expect(names).toEqual(['Ada Merrow', 'QP-1', 'QP-2']);
  });
});
