// An existing database (NEO4J_URI mode): a dataset someone loaded with their
// own tools — no loader bookkeeping, no _dataset marks, no manifest — and
// the explorer reads it as it is, through every route a user reaches.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, existingDatabaseOptions } from '../../../../server/app.js';
import { testAppOptions } from '../../../support/app.js';
import { ALLOWED_PROCEDURES } from '../../../../core/guard/guard.js';
import { SEED_LOAD_LABEL } from '../../../../server/graph/bookkeeping.js';
import { ident } from '../../../../core/dataset/profile.js';
import { projectRoot } from '../../../../server/project-paths.js';
import { graphFingerprint, testDriver } from '../../../support/db.js';

const script = readFileSync(
  path.join(projectRoot, 'test', 'fixtures', 'datasets', 'small-press', 'press.cypher'),
  'utf8',
);

let driver: Driver;
let app: ReturnType<typeof createApp>;
let before: string;
// The loader's records of the seed this test database holds, put back afterwards.
let bookkeeping: unknown[] = [];
const seedLoad = ident(SEED_LOAD_LABEL);

const removeBare = () => driver.executeQuery('MATCH (n:QpAuthor|QpBook) DETACH DELETE n');

beforeAll(async () => {
  driver = testDriver();
  await removeBare();
  const saved = await driver.executeQuery(`MATCH (m:${seedLoad}) RETURN properties(m) AS p`);
  bookkeeping = saved.records.map((r): unknown => r.get('p'));
  await driver.executeQuery(`MATCH (m:${seedLoad}) DELETE m`);
  // Loaded as cypher-shell or the Neo4j Browser would: the statement as written, nothing added.
  await driver.executeQuery(script);
  before = await graphFingerprint(driver);
  app = createApp({
    driver,
    database: undefined,
    logger: pino({ level: 'silent' }),
    ...existingDatabaseOptions(),
    options: testAppOptions,
  });
});

afterAll(async () => {
  await removeBare();
  await driver.executeQuery(`UNWIND $rows AS p CREATE (m:${seedLoad}) SET m = p`, {
    rows: bookkeeping,
  });
  await driver.close();
});

const namesOf = (xs: { name: string }[]) => xs.map((x) => x.name);

async function findId(q: string, label: string): Promise<string> {
  const res = await request(app).get('/api/search').query({ q, labels: label }).expect(200);
  const hit = (res.body.hits as { id: string; name: string }[]).find((h) => h.name === q);
  expect(hit, `search for ${q}`).toBeDefined();
  return hit?.id ?? '';
}

describe('an existing database loaded without the loader', () => {
  it('names the dataset neutrally and infers captions from the schema', async () => {
    const res = await request(app).get('/api/dataset').expect(200);
    expect(res.body).toMatchObject({ title: 'Existing database', fromManifest: false });
    expect(res.body.captions).toMatchObject({ QpAuthor: 'name', QpBook: 'title' });
  });

  it('draws an overview with no load record to key its cache on, every node captioned', async () => {
    const res = await request(app).get('/api/overview').query({ limit: 300 }).expect(200);
    const nodes = res.body.nodes as { id: string; name: string }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.name.trim() === '' || n.name === n.id)).toEqual([]);
  });

  it('searches by name and says which kind of search it ran', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Grammar of' }).expect(200);
    expect(['fulltext', 'name-scan']).toContain(res.body.mode);
    expect((res.body.hits as { name: string }[]).map((h) => h.name)).toContain(
      'A Grammar of Tides',
    );
  });

  it('shows details and neighbours of a node that has no id property', async () => {
    const id = await findId('Bram Tollis', 'QpAuthor');
    const detail = await request(app)
      .get(`/api/nodes/${encodeURIComponent(id)}`)
      .expect(200);
    expect(detail.body.node).toMatchObject({ name: 'Bram Tollis', idIsElementId: true });
    const around = await request(app)
      .get(`/api/nodes/${encodeURIComponent(id)}/neighbors`)
      .expect(200);
    const names = (around.body.graph.nodes as { name: string }[]).map((n) => n.name);
    expect(names).toContain('Lamps Over Wharf Street');
  });

  it('finds a path between two authors through their books', async () => {
    const ada = await findId('Ada Merrow', 'QpAuthor');
    const cleo = await findId('Cleo Vantree', 'QpAuthor');
    const res = await request(app).get('/api/paths').query({ from: ada, to: cleo }).expect(200);
    expect(res.body.paths[0].length).toBe(4);
    expect(res.body.paths[0].text).toContain('Ada Merrow wrote The Salt Ledger');
  });

  it('lists the schema with the callable routines and runs an analyst query in the workbench', async () => {
    const schema = await request(app).get('/api/schema').expect(200);
    const labels = (schema.body.labels as { name: string }[]).map((l) => l.name);
    expect(labels).toEqual(expect.arrayContaining(['QpAuthor', 'QpBook']));
    expect(namesOf(schema.body.functions)).toContain('toUpper');
    // Only what the guard lets an analyst call: db.labels yes, writes and administration no.
    const procedures = namesOf(schema.body.procedures);
    expect(procedures).toContain('db.labels');
    expect(procedures.filter((n) => !ALLOWED_PROCEDURES.has(n.toLowerCase()))).toEqual([]);
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH (b:QpBook) RETURN b.title AS title ORDER BY b.published' })
      .expect(200);
    expect(res.body.rows.map((r: { title: string }) => r.title)).toEqual([
      'The Salt Ledger',
      'Lamps Over Wharf Street',
      'A Grammar of Tides',
    ]);
  });

  it('refuses a write from the workbench and leaves the graph as it was', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: "CREATE (:QpAuthor {name: 'Intruder'})" });
    expect(res.status).toBe(403);
    expect(await graphFingerprint(driver)).toBe(before);
  });
});
