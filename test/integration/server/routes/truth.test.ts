// Causes apart from sequence, the thing named first, and paths that avoid hubs.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();
const LICENCES = 'event:2025-10-china-licences-indian-firms';

interface Link {
  source: string;
  target: string;
  type: string;
  kind: string;
  quote: string | null;
  basis: string | null;
  description: string | null;
  note: string | null;
}

describe('GET /api/events/:id/chain kinds', () => {
  it('marks every link of the licences chain causal or sequence, by its type', async () => {
    const res = await request(t.app).get(`/api/events/${LICENCES}/chain?depth=8`).expect(200);
    const links = res.body.links as Link[];
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) {
      expect(l.kind).toBe(l.type === 'PRECEDED' ? 'sequence' : 'causal');
    }
    const into = links.filter((l) => l.target === LICENCES);
    expect(into.filter((l) => l.kind === 'causal').map((l) => l.source)).toEqual([
      'event:2025-china-verifies-indian-end-user-certificates',
    ]);
    expect(into.filter((l) => l.kind === 'sequence').length).toBeGreaterThan(3);
  });

  it('gives every causal link the verbatim words it rests on', async () => {
    const res = await request(t.app).get(`/api/events/${LICENCES}/chain?depth=8`).expect(200);
    for (const l of (res.body.links as Link[]).filter((x) => x.kind === 'causal')) {
      expect(l.quote, `${l.source} ${l.type} ${l.target}`).toEqual(expect.any(String));
      expect(l.basis).toBe('stated');
    }
    // Every sequence link says how the order is known: a span (stated) or the analyst's reason (inferred).
    for (const l of (res.body.links as Link[]).filter((x) => x.kind === 'sequence')) {
      expect(['stated', 'inferred']).toContain(l.basis);
      if (l.basis === 'inferred') expect(l.note).toEqual(expect.any(String));
    }
  });

  it('follows causal links only when causesOnly=true', async () => {
    const res = await request(t.app)
      .get(`/api/events/${LICENCES}/chain?depth=8&causesOnly=true`)
      .expect(200);
    const links = res.body.links as Link[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.kind === 'causal')).toBe(true);
  });
});

describe('GET /api/search ranking', () => {
  it.each([
    ['Wang Yi', 'person:wang-yi', 'Person'],
    ['Modi', 'person:narendra-modi', 'Person'],
    ['Trump', 'person:donald-trump', 'Person'],
    ['MEA', 'org:mea-india', 'Organization'],
    ['Hitachi', 'company:hitachi', 'Company'],
    ['MOFCOM', 'org:mofcom', 'Organization'],
    ['Kazan meeting', 'event:2024-10-kazan-modi-xi-meeting', 'Meeting'],
  ])('puts %j first: %s', async (q, id, label) => {
    const res = await request(t.app).get('/api/search').query({ q }).expect(200);
    expect(res.body.hits[0]).toMatchObject({ id, labels: expect.arrayContaining([label]) });
  });

  it.each(['licences indian firms', 'rare earth magnets', 'China', 'Jaiswal'])(
    'never ranks a report above an entity for %j',
    async (q) => {
      const res = await request(t.app).get('/api/search').query({ q, limit: 50 }).expect(200);
      const groups = (res.body.hits as { group: string }[]).map((h) => h.group);
      const firstSource = groups.indexOf('source');
      if (firstSource >= 0)
        expect(groups.slice(firstSource).every((g) => g === 'source')).toBe(true);
      expect(groups[0]).toBe('entity');
    },
  );
});

describe('GET /api/paths meaning', () => {
  const JAISWAL_HITACHI = '/api/paths?from=person:randhir-jaiswal&to=company:hitachi';

  it('by default goes round hubs: the Jaiswal to Hitachi path passes no country', async () => {
    const res = await request(t.app).get(JAISWAL_HITACHI).expect(200);
    expect(res.body.hubsAvoided).toBe(true);
    expect(res.body.hubDegree).toBe(35);
    const first = res.body.paths[0] as { steps: { to: { id: string } }[] };
    expect(first.steps.map((s) => s.to.id).filter((id) => id.startsWith('country:'))).toEqual([]);
  });

  it('names the reports behind each step in its words', async () => {
    const res = await request(t.app).get(JAISWAL_HITACHI).expect(200);
    for (const step of res.body.paths[0].steps as { text: string; sources: string[] }[]) {
      expect(step.sources.length).toBeGreaterThan(0);
      expect(step.text).toContain(step.sources[0]);
    }
  });

  it('ranks several paths, least generic first', async () => {
    const res = await request(t.app).get(`${JAISWAL_HITACHI}&limit=5`).expect(200);
    const g = (res.body.paths as { generality: number }[]).map((p) => p.generality);
    expect(g.length).toBeGreaterThan(1);
    expect(g).toEqual([...g].sort((a, b) => a - b));
  });

  it('goes through a hub only when asked or when nothing else connects', async () => {
    const through = await request(t.app).get(`${JAISWAL_HITACHI}&mode=shortest&avoidHubs=false`);
    expect(through.body.hubsAvoided).toBe(false);
    expect(through.body.paths[0].length).toBeLessThanOrEqual(3);
    const tiny = await request(t.app).get(`${JAISWAL_HITACHI}&hubDegree=1`).expect(200);
    // A threshold below the floor is raised to it (server/graph/paths.ts).
    expect(tiny.body.hubDegree).toBe(10);
    expect(tiny.body.paths.length).toBeGreaterThan(0);
  });

  it('keeps to the relationship types asked for', async () => {
    const res = await request(t.app)
      .get(`${JAISWAL_HITACHI}&types=MADE,ABOUT,GRANTED_TO`)
      .expect(200);
    const types = (res.body.paths as { steps: { type: string }[] }[]).flatMap((p) =>
      p.steps.map((s) => s.type),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((x) => ['MADE', 'ABOUT', 'GRANTED_TO'].includes(x))).toBe(true);
  });
});
