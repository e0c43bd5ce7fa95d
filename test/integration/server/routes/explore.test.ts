import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();

describe('GET /api/search', () => {
  it('finds the Ministry of External Affairs by its acronym MEA, ranked first', async () => {
    const res = await request(t.app).get('/api/search?q=MEA').expect(200);
    expect(res.body.hits[0]).toMatchObject({ id: 'org:mea-india', labels: ['Organization'] });
  });

  it('suggests while a word is still being typed', async () => {
    const res = await request(t.app).get('/api/search?q=jais').expect(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toContain('person:randhir-jaiswal');
  });

  it('restricts hits to the labels asked for', async () => {
    const res = await request(t.app).get('/api/search?q=china&labels=Country').expect(200);
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.hits.every((h: { labels: string[] }) => h.labels.includes('Country'))).toBe(
      true,
    );
  });

  it.each(['"(foo:bar*', 'AND OR NOT', 'a && b || c', '[1 TO 5]', 'x~!^'])(
    'treats Lucene syntax in %j as plain text, never a 500',
    async (q) => {
      const res = await request(t.app).get('/api/search').query({ q });
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.hits)).toBe(true);
    },
  );

  it.each([
    ['🧲', /a word or a number/],
    ['~!^ \\', /a word or a number/],
    ['magnets '.repeat(400), /at most 200 characters/],
  ])('answers %j with a 400 that names the problem', async (q, message) => {
    const res = await request(t.app).get('/api/search').query({ q }).expect(400);
    expect(res.body.error.details[0].message).toMatch(message);
  });

  it('answers 400 with the issue path when q is missing', async () => {
    const res = await request(t.app).get('/api/search').expect(400);
    expect(res.body.error).toMatchObject({
      code: 'INVALID_INPUT',
      details: [expect.objectContaining({ path: ['q'] })],
    });
  });

  it('answers 400 naming an unknown label', async () => {
    const res = await request(t.app).get('/api/search?q=x&labels=Spaceship').expect(400);
    expect(res.body.error.details[0].message).toBe('unknown label Spaceship');
  });
});

describe('GET /api/nodes?ids=…', () => {
  it('reads many nodes in one request and names the ids not in the graph', async () => {
    const ids = ['person:randhir-jaiswal', 'nope:1', 'country:china', 'nope:2', 'country:china'];
    const res = await request(t.app)
      .get('/api/nodes')
      .query({ ids: ids.join(',') })
      .expect(200);
    expect(res.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'country:china',
      'person:randhir-jaiswal',
    ]);
    expect(res.body.missing).toEqual(['nope:1', 'nope:2']);
  });

  it('brings the relationships among the nodes found with links=1, and none without', async () => {
    const ids = ['country:india', 'country:china', 'org:mea-india', 'nope:1'];
    const res = await request(t.app)
      .get('/api/nodes')
      .query({ ids: ids.join(','), links: '1' })
      .expect(200);
    const edges = res.body.edges as { source: string; target: string; type: string }[];
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
    // The same relationships a query asked of Neo4j finds among them.
    const { records } = await t.driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'SOURCED_FROM'
       RETURN count(r) AS n`,
      { ids },
    );
    expect(edges).toHaveLength(Number(records[0]?.get('n')));
    const plain = await request(t.app)
      .get('/api/nodes')
      .query({ ids: ids.join(',') });
    expect(plain.body.edges).toBeUndefined();
  });

  it('answers 400 past 200 ids, or with none', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `x:${i}`).join(',');
    const res = await request(t.app).get('/api/nodes').query({ ids: many }).expect(400);
    expect(res.body.error.details[0].message).toMatch(/At most 200 ids/);
    await request(t.app).get('/api/nodes').query({ ids: ',' }).expect(400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the node with aliases, sources and degree by type', async () => {
    const res = await request(t.app).get('/api/nodes/person:randhir-jaiswal').expect(200);
    expect(res.body.node.properties.aliases).toContain('Jaiswal');
    expect(res.body.sources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['src:001', 'src:002', 'src:003', 'src:004']),
    );
    expect(res.body.degree).toContainEqual({
      type: 'MADE',
      direction: 'out',
      count: expect.any(Number),
    });
  });

  it('answers 404 in the error shape for an unknown id', async () => {
    const res = await request(t.app).get('/api/nodes/person:nobody').expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('caps the neighbourhood and says how many were left out', async () => {
    const res = await request(t.app).get('/api/nodes/country:india/neighbors?limit=3').expect(200);
    expect(res.body.returned).toBe(3);
    expect(res.body.omitted).toBe(res.body.total - 3);
    expect(res.body.graph.nodes).toHaveLength(4);
  });

  it('pages with skip to the neighbours left out', async () => {
    const first = await request(t.app)
      .get('/api/nodes/country:india/neighbors?limit=3')
      .expect(200);
    const second = await request(t.app)
      .get('/api/nodes/country:india/neighbors?limit=3&skip=3')
      .expect(200);
    const ids = (r: typeof first) =>
      r.body.graph.nodes
        .map((n: { id: string }) => n.id)
        .filter((id: string) => id !== 'country:india');
    expect(ids(second).some((id: string) => ids(first).includes(id))).toBe(false);
  });

  it('follows only the relationship types asked for', async () => {
    const res = await request(t.app)
      .get('/api/nodes/person:randhir-jaiswal/neighbors?types=MADE&direction=out')
      .expect(200);
    expect(res.body.graph.edges.length).toBeGreaterThan(0);
    expect(res.body.graph.edges.every((e: { type: string }) => e.type === 'MADE')).toBe(true);
  });

  it('leaves provenance links out unless asked for', async () => {
    const res = await request(t.app).get('/api/nodes/org:mea-india/neighbors').expect(200);
    expect(res.body.graph.edges.some((e: { type: string }) => e.type === 'SOURCED_FROM')).toBe(
      false,
    );
  });

  it('shows only what had happened by asOf on the happened clock', async () => {
    const res = await request(t.app)
      .get('/api/nodes/country:china/neighbors?limit=500&asOf=2025-05-01')
      .expect(200);
    const dates = res.body.graph.nodes
      .map((n: { properties: { date?: string } }) => n.properties.date)
      .filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d: string) => d <= '2025-05-01')).toBe(true);
  });

  it('rejects depth beyond 3 with 400', async () => {
    await request(t.app).get('/api/nodes/country:india/neighbors?depth=4').expect(400);
  });
});

describe('GET /api/overview', () => {
  it('returns a bounded, connected starting view without sources', async () => {
    const res = await request(t.app).get('/api/overview?limit=30').expect(200);
    expect(res.body.nodes.length).toBeLessThanOrEqual(30);
    expect(res.body.edges.length).toBeGreaterThan(10);
    expect(res.body.nodes.some((n: { labels: string[] }) => n.labels.includes('Source'))).toBe(
      false,
    );
  });
});

describe('GET /api/paths', () => {
  it('finds the shortest path and spells it out in words', async () => {
    const res = await request(t.app)
      .get('/api/paths?from=person:randhir-jaiswal&to=company:hitachi&mode=shortest')
      .expect(200);
    expect(res.body.paths.length).toBe(1);
    const path = res.body.paths[0];
    expect(path.steps[0].from.id).toBe('person:randhir-jaiswal');
    expect(path.steps.at(-1).to.id).toBe('company:hitachi');
    expect(path.text).toMatch(/Randhir Jaiswal .+ Hitachi|Hitachi .+/);
  });

  it('returns every shortest path in all-shortest mode', async () => {
    const one = await request(t.app).get('/api/paths?from=org:mea-india&to=org:mofcom').expect(200);
    const all = await request(t.app)
      .get('/api/paths?from=org:mea-india&to=org:mofcom&mode=all-shortest')
      .expect(200);
    expect(all.body.paths.length).toBeGreaterThanOrEqual(one.body.paths.length);
    expect(new Set(all.body.paths.map((p: { length: number }) => p.length)).size).toBe(1);
  });

  it('answers 404 when an end does not exist', async () => {
    const res = await request(t.app)
      .get('/api/paths?from=org:mea-india&to=org:nowhere')
      .expect(404);
    expect(res.body.error.message).toContain('org:nowhere');
  });
});
