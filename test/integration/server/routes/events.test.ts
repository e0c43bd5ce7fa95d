import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();

const APRIL_CONTROLS = 'event:2025-04-04-china-export-controls';
const LICENCES = 'event:2025-10-china-licences-indian-firms';

describe('GET /api/timeline', () => {
  it('lists events in date order with precision and sources', async () => {
    const res = await request(t.app).get('/api/timeline').expect(200);
    const dates = res.body.events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(
      res.body.events.every((e: { datePrecision: string }) =>
        ['day', 'month', 'year'].includes(e.datePrecision),
      ),
    ).toBe(true);
    expect(res.body.events.every((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  });

  it('marks inferred dates with the wording they came from', async () => {
    const res = await request(t.app).get('/api/timeline?from=2025-10-30&to=2025-10-30').expect(200);
    const briefing = res.body.events.find(
      (e: { id: string }) => e.id === 'event:2025-10-30-mea-weekly-briefing',
    );
    expect(briefing).toMatchObject({
      dateInferred: true,
      dateInferredFrom: expect.stringMatching(/Thursday/i),
    });
  });

  it('names the participants of an event', async () => {
    const res = await request(t.app).get('/api/timeline?from=2025-04-01&to=2025-04-30').expect(200);
    const controls = res.body.events.find((e: { id: string }) => e.id === APRIL_CONTROLS);
    expect(controls.participants.map((p: { id: string }) => p.id)).toContain('org:mofcom');
  });

  it('filters by event kind', async () => {
    const res = await request(t.app).get('/api/timeline?types=Statement').expect(200);
    expect(res.body.events.length).toBe(9);
    expect(res.body.events.every((e: { kind: string }) => e.kind === 'Statement')).toBe(true);
  });

  it('on the reported clock, keeps only what a reader could have known by asOf', async () => {
    const happened = await request(t.app)
      .get('/api/timeline?asOf=2025-07-01&clock=happened')
      .expect(200);
    const reported = await request(t.app)
      .get('/api/timeline?asOf=2025-07-01&clock=reported')
      .expect(200);
    expect(reported.body.events.length).toBeLessThan(happened.body.events.length);
    expect(
      reported.body.events.every((e: { firstReported: string }) => e.firstReported <= '2025-07-01'),
    ).toBe(true);
  });

  it("rejects a cursor it did not give, saying to pass the previous page's next unchanged", async () => {
    const res = await request(t.app).get('/api/timeline?after=page-2').expect(400);
    expect(res.body.error.details[0].message).toContain('`next`');
  });

  it('rejects a malformed date with a message saying the format', async () => {
    const res = await request(t.app).get('/api/timeline?from=30/10/2025').expect(400);
    expect(res.body.error.details[0].message).toContain('YYYY-MM-DD');
  });
});

describe('GET /api/events/:id/chain', () => {
  it('traces consequences of the April controls to the October licences, in time order', async () => {
    const res = await request(t.app)
      .get(`/api/events/${APRIL_CONTROLS}/chain?direction=consequences&depth=6`)
      .expect(200);
    const ids = res.body.events.map((e: { id: string }) => e.id);
    expect(ids).toContain(LICENCES);
    const dates = res.body.events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('traces the causes of the licences back to the tariffs', async () => {
    const res = await request(t.app)
      .get(`/api/events/${LICENCES}/chain?direction=causes&depth=8`)
      .expect(200);
    expect(res.body.events.map((e: { id: string }) => e.id)).toContain(
      'event:2025-us-tariff-increases',
    );
    expect(res.body.events.find((e: { id: string }) => e.id === LICENCES).position).toBe('root');
  });

  it('gives each link its type and sources', async () => {
    const res = await request(t.app)
      .get(`/api/events/${APRIL_CONTROLS}/chain?direction=causes`)
      .expect(200);
    expect(res.body.links).toContainEqual(
      expect.objectContaining({
        target: APRIL_CONTROLS,
        type: 'PROMPTED',
        sources: expect.arrayContaining([expect.any(String)]),
      }),
    );
  });

  it('answers 404 for an id that is not an event', async () => {
    await request(t.app).get('/api/events/country:india/chain').expect(404);
  });
});
