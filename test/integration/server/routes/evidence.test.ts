// Evidence as data: verbatim quotes apart from analyst notes, on nodes and on relationships.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();

interface Ref {
  id: string;
  quote: string | null;
  note: string | null;
  basis: string | null;
  locator: { source: string; file: string | null; paragraph: number | null };
  dateInferred: boolean;
  dateInferredFrom: string | null;
}

const JAISWAL_LICENCES = 'event:2025-10-30-jaiswal-licences-received';
const TARIFFS_PROMPTED_CONTROLS =
  'event:2025-us-tariff-increases|PROMPTED|event:2025-04-04-china-export-controls';

describe('GET /api/nodes/:id sources', () => {
  it('returns the verbatim quote and the analyst note as separate fields', async () => {
    const res = await request(t.app).get(`/api/nodes/${JAISWAL_LICENCES}`).expect(200);
    const bySource = new Map((res.body.sources as Ref[]).map((s) => [s.id, s]));
    expect(bySource.get('src:003')).toMatchObject({
      quote:
        'Some Indian companies have received licences for importing rare earth magnets from China',
      note: null,
      basis: 'stated',
      locator: { source: 'src:003', file: '003_1227c4f16900d284.txt', paragraph: 2 },
    });
    // 004 paraphrases: its own words are the quote, the analyst says so in the note.
    expect(bySource.get('src:004')).toMatchObject({
      quote:
        'MEA spokesperson Randhir Jaiswal confirmed that Indian firms have begun receiving import licences',
      note: expect.stringContaining('paraphrases'),
      basis: 'stated',
    });
  });

  it("marks a report's inferred date with the wording it came from", async () => {
    const res = await request(t.app).get(
      '/api/nodes/event:2025-06-12-lin-jian-dialogue-cooperation',
    );
    expect(res.body.sources[0]).toMatchObject({
      id: 'src:002',
      dateInferred: true,
      dateInferredFrom: expect.stringContaining('on Thursday'),
    });
  });

  it('never passes an analyst note off as a quote', async () => {
    const res = await request(t.app).get('/api/nodes/place:busan').expect(200);
    for (const s of res.body.sources as Ref[]) {
      expect(s.quote).toBeNull();
      expect(s).toMatchObject({ basis: 'background', note: expect.stringContaining('background') });
    }
    expect((res.body.sources as Ref[]).some((s) => s.note?.includes('background'))).toBe(true);
  });
});

describe('GET /api/relationships/:id', () => {
  it('lists the reports of a relationship with the quote on the report it comes from', async () => {
    const res = await request(t.app)
      .get(`/api/relationships/${encodeURIComponent(TARIFFS_PROMPTED_CONTROLS)}`)
      .expect(200);
    expect(res.body.kind).toBe('causal');
    expect(res.body.note).toContain('retaliation');
    const refs = res.body.sources as Ref[];
    expect(refs.map((s) => s.id).sort()).toEqual(['src:000', 'src:002', 'src:004']);
    expect(refs.find((s) => s.id === 'src:002')).toMatchObject({
      quote: 'part of a broader retaliation against increased tariffs',
      locator: { paragraph: 11 },
    });
    expect(refs.filter((s) => s.quote !== null)).toHaveLength(1);
  });

  it('calls a PRECEDED link a sequence', async () => {
    const id =
      'event:2025-08-india-china-magnet-import-negotiations|PRECEDED|event:2025-10-china-licences-indian-firms';
    const res = await request(t.app)
      .get(`/api/relationships/${encodeURIComponent(id)}`)
      .expect(200);
    expect(res.body.kind).toBe('sequence');
    expect(res.body.sources.length).toBeGreaterThan(0);
  });

  it('answers 400 saying what an id looks like, and 404 for a relationship that is not there', async () => {
    const bad = await request(t.app).get('/api/relationships/nonsense').expect(400);
    expect(bad.body.error.message).toContain('source|TYPE|target');
    await request(t.app)
      .get(`/api/relationships/${encodeURIComponent('country:india|PROMPTED|company:hitachi')}`)
      .expect(404);
  });
});
