// Claims in pages on the real Neo4j: pages that neither overlap nor miss a
// claim, the total on every page, a topic's disagreement judged over all its
// figures even when a page cuts it, and the 400s for a page out of range.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsQuery, type Claim, type ClaimsResult } from '../../../../contract/index.js';
import { claims } from '../../../../server/graph/claims.js';
import { useTestApp } from '../../../support/app.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();
const t = useTestApp();

const ask = (raw: Record<string, string>) => claims(graph.ctx, ClaimsQuery.parse(raw));
const idsOf = (r: ClaimsResult) => r.groups.flatMap((g) => g.claims.map((c) => c.id));

/** Every page from offset 0, following nextOffset (at most 100 pages). */
async function allPages(raw: Record<string, string>): Promise<ClaimsResult[]> {
  const pages = [await ask({ ...raw, offset: '0' })];
  for (let next = pages[0]?.nextOffset; next != null && pages.length < 100;) {
    const page = await ask({ ...raw, offset: String(next) });
    pages.push(page);
    next = page.nextOffset;
  }
  return pages;
}

/** The disagreement rule, restated: two values of the same quantity, in the same unit, for the same period. */
function disagree(list: Claim[]): boolean {
  const values = new Map<string, Set<number>>();
  for (const c of list) {
    if (c.value === null) continue;
    const key = `${c.quantity ?? ''}|${c.periodLabel ?? ''}|${c.unit ?? ''}`;
    values.set(key, (values.get(key) ?? new Set()).add(c.value));
  }
  return [...values.values()].some((v) => v.size > 1);
}

async function figureIds(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery('MATCH (f:Figure) RETURN f.id AS id');
  return records.map((r) => r.get('id') as string).sort();
}

describe('claims in pages', () => {
  it('gives a first page of `limit` claims, the total and where the next page starts', async () => {
    const all = await figureIds();
    expect(all.length).toBeGreaterThan(5);
    const first = await ask({ limit: '5' });
    expect(idsOf(first)).toHaveLength(5);
    expect(first.total).toBe(all.length);
    expect(first.nextOffset).toBe(5);
  });

  it('holds every claim once across its pages, the last page saying there is no more', async () => {
    const all = await figureIds();
    const pages = await allPages({ limit: '4' });
    expect(pages).toHaveLength(Math.ceil(all.length / 4));
    const ids = pages.flatMap(idsOf);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(all);
    expect(pages.every((p) => p.total === all.length)).toBe(true);
    expect(pages.at(-1)?.nextOffset).toBeNull();
  });

  it('orders the figures once per load, then reads only the figures of each page', async () => {
    const sent: { cypher: string; params: Record<string, unknown> }[] = [];
    const counting = {
      ...graph.ctx,
      read: (cypher: string, params: Record<string, unknown> = {}) => {
        sent.push({ cypher, params });
        return graph.ctx.read(cypher, params);
      },
    };
    const page = (offset: string) => claims(counting, ClaimsQuery.parse({ limit: '3', offset }));
    await page('0');
    const ordering = sent.length;
    sent.length = 0;
    const second = await page('3');
    // A later page: the load's stamp, then one read given exactly its own three figures.
    expect(sent.length).toBeLessThan(ordering);
    const reads = sent.filter((s) => 'page' in s.params);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.params.page).toHaveLength(3);
    expect(sent.filter((s) => !('page' in s.params)).every((s) => /loadedAt/.test(s.cypher))).toBe(
      true,
    );
    expect(idsOf(second)).toHaveLength(3);
  });

  it('gives the same claims in the same order in pages as in one answer', async () => {
    const whole = await ask({ limit: '500' });
    expect(whole.nextOffset).toBeNull();
    expect((await allPages({ limit: '3' })).flatMap(idsOf)).toEqual(idsOf(whole));
  });

  it("judges a topic's disagreement over all its figures, even when a page cuts the topic", async () => {
    const whole = await ask({ limit: '500' });
    const byTopic = new Map(whole.groups.map((g) => [g.topic, g]));
    expect(whole.groups.some((g) => g.conflicting)).toBe(true);
    for (const g of whole.groups) expect(g.conflicting).toBe(disagree(g.claims));
    const pieces = (await allPages({ limit: '2' })).flatMap((p) => p.groups);
    // A page of two cuts some topic, so some pieces hold fewer claims than their topic.
    expect(pieces.some((g) => g.claims.length < (byTopic.get(g.topic)?.claims.length ?? 0))).toBe(
      true,
    );
    for (const g of pieces) expect(g.conflicting).toBe(byTopic.get(g.topic)?.conflicting);
  });

  it('pages through only the disagreeing topics, counting their claims', async () => {
    const whole = await ask({ limit: '500' });
    const want = whole.groups
      .filter((g) => g.conflicting)
      .flatMap((g) => g.claims.map((c) => c.id));
    const pages = await allPages({ conflicting: 'true', limit: '3' });
    expect(want.length).toBeGreaterThan(3);
    expect(pages[0]?.total).toBe(want.length);
    expect(pages.flatMap(idsOf)).toEqual(want);
  });

  it('compares like with like: the two-month global disruption and the six-month pause for India do not conflict', async () => {
    const page = await ask({ topic: 'rare-earth-supply-disruption-duration' });
    const group = page.groups[0];
    expect(group?.claims.map((c) => c.value)).toEqual([2, 6]);
    expect(new Set(group?.claims.map((c) => c.quantity)).size).toBe(2);
    expect(group?.conflicting).toBe(false);
    expect(group?.claims.every((c) => !c.disagrees)).toBe(true);
    // China's share: mining (60 against 70) and production (70 against 90) disagree; processing stands alone.
    const share = (await ask({ topic: 'china-share-global-rare-earths' })).groups[0];
    expect(share?.conflicting).toBe(true);
    const flagged = Object.fromEntries(share?.claims.map((c) => [c.id, c.disagrees]) ?? []);
    expect(flagged['fig:002-iea-china-share-processing-90']).toBe(false);
    expect(flagged['fig:002-iea-china-share-mining-60']).toBe(true);
    expect(flagged['fig:004-china-share-global-production-90']).toBe(true);
    // Each figure shows the sentence it comes from.
    for (const c of [...(group?.claims ?? []), ...(share?.claims ?? [])]) {
      expect(c.sources[0]?.quote).toEqual(expect.any(String));
      expect(c.sources[0]?.basis).toBe('stated');
    }
  });

  it('counts a filtered list: one topic', async () => {
    const page = await ask({ topic: 'china-share-global-rare-earths', limit: '2' });
    expect(page.total).toBe(5);
    expect(page.nextOffset).toBe(2);
    expect(page.groups.map((g) => g.topic)).toEqual(['china-share-global-rare-earths']);
  });

  it('answers a page past the end with no claims, the total and no next page', async () => {
    const all = await figureIds();
    const past = await ask({ offset: String(all.length + 10) });
    expect(past.groups).toEqual([]);
    expect(past.total).toBe(all.length);
    expect(past.nextOffset).toBeNull();
  });
});

describe('the disagreement rule in Cypher', () => {
  // Figures of a label no other test reads, written and removed by this block.
  const label = 'ClaimsRuleFigure';
  const figures = [
    ['share-60', 'share', 60, 'percent', null],
    ['share-90', 'share', 90, 'percent', null],
    ['flow-2024', 'flow', 4.8, 'USD billion', '2024'],
    ['flow-2025', 'flow', 5.76, 'USD billion', '2025'],
    ['mass', 'mixed', 870, 'tonnes', null],
    ['money', 'mixed', 306, 'INR crore', null],
    ['blank', 'blank', null, 'percent', null],
    ['seventy', 'blank', 70, 'percent', null],
  ].map(([id, topic, value, unit, periodLabel]) => ({ id, topic, value, unit, periodLabel }));
  beforeAll(async () => {
    await graph.driver.executeQuery(`UNWIND $figures AS x CREATE (f:${label}) SET f = x`, {
      figures,
    });
  });
  afterAll(async () => {
    await graph.driver.executeQuery(`MATCH (f:${label}) DELETE f`);
  });

  it('flags values that differ in one unit and period, and nothing else', async () => {
    const ctx = { ...graph.ctx, profile: { ...graph.ctx.profile, figureLabel: label } };
    const result = await claims(ctx, ClaimsQuery.parse({}));
    expect(Object.fromEntries(result.groups.map((g) => [g.topic, g.conflicting]))).toEqual({
      // 60 and 90 per cent of the same thing
      share: true,
      // the same flow in two years
      flow: false,
      // tonnes beside rupees
      mixed: false,
      // a figure without a value beside one with
      blank: false,
    });
  });
});

describe('GET /api/claims paging', () => {
  it('pages through HTTP with total and nextOffset', async () => {
    const res = await request(t.app).get('/api/claims?limit=5&offset=5').expect(200);
    expect(res.body.groups.flatMap((g: { claims: unknown[] }) => g.claims)).toHaveLength(5);
    expect(res.body.nextOffset).toBe(10);
    expect(res.body.total).toBe((await figureIds()).length);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=many', 'limit'],
    ['offset=-1', 'offset'],
  ])('refuses %s with a 400 that says what to ask for', async (query, field) => {
    const res = await request(t.app).get(`/api/claims?${query}`).expect(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    const issue = res.body.error.details.find((d: { path: string[] }) => d.path[0] === field);
    expect(issue.message).toMatch(field === 'limit' ? /1 to 500 claims per page/ : /0 or more/);
  });
});
