import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();

describe('GET /api/claims', () => {
  it("puts the disagreeing figures on China's share side by side with their sources", async () => {
    const res = await request(t.app).get('/api/claims?conflicting=true').expect(200);
    const shares = res.body.groups.find(
      (g: { topic: string }) => g.topic === 'china-share-global-rare-earths',
    );
    expect(shares.conflicting).toBe(true);
    expect(shares.claims.map((c: { value: number }) => c.value).sort()).toEqual([
      60, 70, 70, 90, 90,
    ]);
    expect(shares.claims.every((c: { sources: unknown[] }) => c.sources.length > 0)).toBe(true);
  });

  it('keeps figures of different periods out of the conflicting list', async () => {
    const res = await request(t.app).get('/api/claims').expect(200);
    const conflicting = await request(t.app).get('/api/claims?conflicting=true').expect(200);
    expect(conflicting.body.groups.length).toBeLessThan(res.body.groups.length);
  });

  it('filters by subject', async () => {
    const res = await request(t.app).get('/api/claims?subject=country:china').expect(200);
    const subjects = res.body.groups.flatMap((g: { claims: { subjects: { id: string }[] }[] }) =>
      g.claims.map((c) => c.subjects.map((s) => s.id)),
    );
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every((s: string[]) => s.includes('country:china'))).toBe(true);
  });
});

describe('GET /api/sources', () => {
  it('pages the reports: each page says the total and where the next starts, and all pages make the list', async () => {
    const ids: string[] = [];
    let offset: number | null = 0;
    for (let pages = 0; offset !== null && pages < 5; pages++) {
      const res = await request(t.app).get(`/api/sources?limit=2&offset=${offset}`).expect(200);
      expect(res.body.total).toBe(5);
      expect(res.body.sources.length).toBeLessThanOrEqual(2);
      ids.push(...res.body.sources.map((s: { id: string }) => s.id));
      offset = res.body.nextOffset as number | null;
    }
    expect(ids.sort()).toEqual(['src:000', 'src:001', 'src:002', 'src:003', 'src:004']);
  });

  it('refuses a page size out of range with advice', async () => {
    const res = await request(t.app).get('/api/sources?limit=0').expect(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(res.body)).toContain('page on with offset');
  });

  it('lists the five reports with what each supports', async () => {
    const res = await request(t.app).get('/api/sources').expect(200);
    expect(res.body.sources.map((s: { id: string }) => s.id).sort()).toEqual([
      'src:000',
      'src:001',
      'src:002',
      'src:003',
      'src:004',
    ]);
    expect(
      res.body.sources.every((s: { supports: { nodes: number } }) => s.supports.nodes > 0),
    ).toBe(true);
  });

  it('shows one report and the graph it supports', async () => {
    const res = await request(t.app).get('/api/sources/src:004').expect(200);
    expect(res.body.source.properties.citedOutlets).toEqual(
      expect.arrayContaining([expect.stringMatching(/Economic Times/)]),
    );
    expect(res.body.supported.map((n: { id: string }) => n.id)).toContain('company:hitachi');
    expect(res.body.graph.edges.length).toBe(res.body.source.supports.relationships);
  });

  it('on the reported clock, keeps only what a reader could have known by asOf', async () => {
    const all = await request(t.app).get('/api/sources/src:004').expect(200);
    const res = await request(t.app)
      .get('/api/sources/src:004?asOf=2025-09-01&clock=reported')
      .expect(200);
    expect(res.body.supported.length).toBeLessThan(all.body.supported.length);
    const reported = res.body.supported.map(
      (n: { properties: { firstReported: string } }) => n.properties.firstReported,
    );
    expect(reported.every((d: string) => d <= '2025-09-01')).toBe(true);
  });

  it('keeps only what had happened by asOf, on the happened clock', async () => {
    const res = await request(t.app).get('/api/sources/src:004?asOf=2025-06-30').expect(200);
    const dates = res.body.supported
      .map((n: { properties: { date?: string } }) => n.properties.date)
      .filter(Boolean);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d: string) => d <= '2025-06-30')).toBe(true);
  });

  it('answers 404 for an unknown source', async () => {
    await request(t.app).get('/api/sources/src:999').expect(404);
  });
});

describe('GET /api/schema and /api/queries', () => {
  it('lists labels and relationship types with counts and no bookkeeping names', async () => {
    const res = await request(t.app).get('/api/schema').expect(200);
    expect(res.body.labels).toContainEqual({ name: 'Source', count: 5 });
    expect(res.body.relationshipTypes).toContainEqual({ name: 'MADE', count: 9 });
    expect(res.body.labels.some((l: { name: string }) => l.name.startsWith('_'))).toBe(false);
    expect(res.body.propertyKeys).not.toContain('_dataset');
  });

  it('serves at least ten documented saved queries', async () => {
    const res = await request(t.app).get('/api/queries').expect(200);
    expect(res.body.queries.length).toBeGreaterThanOrEqual(10);
    for (const q of res.body.queries) expect(q.description.length).toBeGreaterThan(20);
  });

  it('every saved query runs through the read-only endpoint and returns rows', async () => {
    const res = await request(t.app).get('/api/queries').expect(200);
    for (const q of res.body.queries) {
      const run = await request(t.app)
        .post('/api/query')
        .send({ cypher: q.cypher, params: q.params });
      expect(run.status, `${q.id}: ${JSON.stringify(run.body.error)}`).toBe(200);
      expect(run.body.rows.length, q.id).toBeGreaterThan(0);
    }
  });
});
