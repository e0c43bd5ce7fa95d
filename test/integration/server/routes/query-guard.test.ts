import type { Express } from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planQueryType, readRows } from '../../../../server/query/run.js';
import { testApp } from '../../../support/app.js';
import { graphFingerprint, testDriver } from '../../../support/db.js';

let driver: Driver;
let app: Express;
let before: string;

beforeAll(async () => {
  driver = testDriver();
  app = testApp(driver, { query: { timeoutMs: 1_500, rowCap: 100, ratePerMinute: 10_000 } });
  before = await graphFingerprint(driver);
});

afterAll(async () => {
  // No test may have changed the graph, whatever it was refused for.
  expect(await graphFingerprint(driver)).toBe(before);
  await driver.close();
});

const refused: [string, string][] = [
  ['CREATE', 'CREATE (n:Hacked) RETURN n'],
  ['MERGE', "MERGE (n:Hacked {id: 'x'}) RETURN n"],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['DELETE', 'MATCH ()-[r]->() DELETE r'],
  ['SET property', 'MATCH (n) SET n.hacked = true'],
  ['SET label', 'MATCH (n) SET n:Hacked'],
  ['REMOVE', 'MATCH (n) REMOVE n.name'],
  ['FOREACH', 'FOREACH (x IN [1] | CREATE (:Hacked))'],
  ['CREATE INDEX', 'CREATE INDEX hacked FOR (n:Hacked) ON (n.x)'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.x IS UNIQUE'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT hacked IF EXISTS'],
  ['DROP INDEX', 'DROP INDEX entitySearch'],
  ['SHOW USERS', 'SHOW USERS'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
  ['TERMINATE', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['CREATE DATABASE', 'CREATE DATABASE hacked'],
  ['STOP DATABASE', 'STOP DATABASE neo4j'],
  ['USE', 'USE system SHOW DATABASES'],
  ['dbms procedure', 'CALL dbms.components()'],
  ['dbms config', 'CALL dbms.listConfig()'],
  ['db write procedure', "CALL db.createLabel('Hacked')"],
  ['apoc', "CALL apoc.cypher.runWrite('CREATE (n)', {})"],
  ['backticked procedure', 'CALL `dbms`.`components`()'],
  ['LOAD CSV from file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['LOAD CSV from http', "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"],
  ['lowercase load csv', "load csv from 'file:///etc/passwd' as r return r"],
  [
    'CALL IN TRANSACTIONS',
    'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hacked {i: i}) } IN TRANSACTIONS RETURN 1',
  ],
  ['mixed case', 'cReAtE (n:Hacked)'],
  ['comment before write', '/* only reading */ CREATE (n:Hacked)'],
  ['comment glued to keyword', 'MATCH (n) WITH n LIMIT 1 CREATE/**/(:Hacked)'],
  ['two statements', 'MATCH (n) RETURN count(n); MATCH (m) DETACH DELETE m'],
  ['semicolon hidden after a line comment', 'MATCH (n) RETURN n // ;\n; CREATE (:Hacked)'],
  ['write in a subquery', 'MATCH (n) CALL (n) { SET n.hacked = 1 } RETURN n'],
  [
    'write after full-text search',
    "CALL db.index.fulltext.queryNodes('entitySearch', 'MEA') YIELD node SET node.x = 1",
  ],
  ['EXPLAIN prefix', 'EXPLAIN MATCH (n) RETURN n'],
  ['PROFILE prefix', 'PROFILE MATCH (n) RETURN n'],
];

describe('POST /api/query refuses', () => {
  it.each(refused)('%s with 403 QUERY_REFUSED', async (_name, cypher) => {
    const res = await request(app).post('/api/query').send({ cypher });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('QUERY_REFUSED');
    expect(res.body.error.message).toMatch(/^Refused/);
  });
});

describe('POST /api/query limits', () => {
  it('flags a huge cartesian product as truncated at the row cap', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH (a), (b), (c), (d) RETURN a.id, b.id, c.id, d.id' });
    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ rows: 100, truncated: true, rowCap: 100 });
  });

  it('stops a deep variable-length pattern at the time limit with 504', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH p = (a)-[*]-(b) RETURN count(p)' });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('QUERY_TIMEOUT');
  });

  it('stops a query that needs too much memory', async () => {
    const res = await request(app)
      .post('/api/query')
      // Data-bounded (no literal range the guard could refuse): 142³ triples.
      .send({ cypher: 'MATCH (a), (b), (c) WITH collect([a, b, c]) AS xs RETURN size(xs)' });
    expect([422, 504]).toContain(res.status);
    expect(['QUERY_TOO_LARGE', 'QUERY_TIMEOUT']).toContain(res.body.error.code);
  });
});

describe('POST /api/query answers', () => {
  it('returns columns, rows, the graph in the rows and a summary', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({
        cypher: 'MATCH (p:Person)-[r:MADE]->(s:Statement) RETURN p, r, s LIMIT $n',
        params: { n: 2 },
      })
      .expect(200);
    expect(res.body.columns).toEqual(['p', 'r', 's']);
    expect(res.body.rows).toHaveLength(2);
    expect(res.body.graph.edges.every((e: { type: string }) => e.type === 'MADE')).toBe(true);
    expect(res.body.summary).toMatchObject({ queryType: 'read', rows: 2, truncated: false });
  });

  it('adds the endpoints of relationships returned alone', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH ()-[r:GRANTED_TO]->() RETURN r' })
      .expect(200);
    expect(res.body.graph.edges.length).toBeGreaterThan(0);
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id)).toContain('company:hitachi');
  });

  it('allows write keywords inside strings', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: "RETURN 'CREATE; DELETE' AS word" })
      .expect(200);
    expect(res.body.rows).toEqual([{ word: 'CREATE; DELETE' }]);
  });

  it("points at a syntax error's line and column in the analyst's own text", async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH (n)\nRETURN n LIMT 3' })
      .expect(400);
    expect(res.body.error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(res.body.error.details).toMatchObject({ line: 2, column: 10 });
    expect(res.body.error.message).not.toContain('EXPLAIN');
  });

  it('says which parameter is missing', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: 'MATCH (n {id: $id}) RETURN n' })
      .expect(400);
    expect(res.body.error).toMatchObject({
      code: 'CYPHER_ERROR',
      message: expect.stringContaining('id'),
    });
  });

  it('rejects a body without cypher with 400', async () => {
    const res = await request(app).post('/api/query').send({ params: {} }).expect(400);
    expect(res.body.error.details[0].path).toEqual(['cypher']);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await request(app)
      .post('/api/query')
      .set('content-type', 'application/json')
      .send('{"cypher":')
      .expect(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
  });

  it('rejects an oversized body with 413', async () => {
    const res = await request(app)
      .post('/api/query')
      .send({ cypher: `RETURN '${'x'.repeat(200_000)}'` })
      .expect(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('the layers behind the lexical check', () => {
  it("the plan check refuses a write's operators", async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await expect(planQueryType(session, 'CREATE (:Hacked)', {}, 2_000)).rejects.toMatchObject({
        code: 'QUERY_REFUSED',
      });
    } finally {
      await session.close();
    }
  });

  it('the READ transaction refuses a write that got past the other layers', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const failure = await readRows(
        session,
        'CREATE (:Hacked)',
        {},
        { timeoutMs: 2_000, rowCap: 10 },
      ).catch((e: unknown) => e);
      expect(failure).toMatchObject({ code: 'QUERY_REFUSED' });
    } finally {
      await session.close();
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 in the error shape once the per-minute limit is spent', async () => {
    const limited = testApp(driver, { query: { timeoutMs: 2_000, rowCap: 10, ratePerMinute: 2 } });
    for (let i = 0; i < 2; i++)
      await request(limited).post('/api/query').send({ cypher: 'RETURN 1' }).expect(200);
    const res = await request(limited).post('/api/query').send({ cypher: 'RETURN 1' }).expect(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });
});
