// Reports on the real Neo4j through real HTTP: the seed's texts stored at
// load and numbered as the evidence model numbers them, the reading view,
// and adding a report (a report written for these tests, never a seed's).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuotes, defaultTextsDir } from '../../../../server/loader/quote-check.js';
import { normaliseForQuote } from '../../../../core/reports/text.js';
import { refreshReportTexts } from '../../../../server/loader/report-texts.js';
import { useTestApp } from '../../../support/app.js';
import { signIn, type SignedIn } from '../../../support/auth.js';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/reports');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const added: string[] = [];

describe('reports', () => {
  const t = useTestApp();
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await signIn(t.app, 'editor', { driver: t.driver });
  });

  afterAll(async () => {
    await t.driver.executeQuery('MATCH (s:Source) WHERE s.id IN $ids DETACH DELETE s', {
      ids: added,
    });
  });

  it('lists the five seed reports with their stored paragraphs and what they print', async () => {
    const res = await request(t.app).get('/api/reports').expect(200);
    const byId = new Map(res.body.reports.map((r: { id: string }) => [r.id, r]));
    for (const id of ['src:000', 'src:001', 'src:002', 'src:003', 'src:004']) {
      expect(byId.get(id)).toMatchObject({ paragraphs: expect.any(Number) });
      expect((byId.get(id) as { paragraphs: number }).paragraphs).toBeGreaterThan(5);
    }
    expect(byId.get('src:001')).toMatchObject({
      outlet: 'Business Today',
      headline: 'China issues licences to Indian firms to import rare earth magnets',
      datePrinted: 'Oct 31, 2025',
      date: '2025-10-31',
      paragraphs: 34,
    });
    expect(byId.get('src:003')).toMatchObject({ headline: null, dateInferred: true });
  });

  it('stores every seed quote in the paragraph the evidence model numbers it in', async () => {
    const { records } = await t.driver.executeQuery(
      `MATCH ()-[p:SOURCED_FROM]->(s:Source) WHERE p.quote IS NOT NULL AND p.paragraph IS NOT NULL
       RETURN p.quote AS quote, toInteger(p.paragraph) AS paragraph, s._paragraphs AS paragraphs`,
    );
    expect(records.length).toBeGreaterThan(50);
    for (const r of records) {
      const stored = (r.get('paragraphs') as string[])[Number(r.get('paragraph')) - 1] ?? '';
      expect(normaliseForQuote(stored)).toContain(normaliseForQuote(String(r.get('quote'))));
    }
  });

  it('gives a report paragraph by paragraph, numbered from the headline', async () => {
    const res = await request(t.app).get('/api/reports/src:001').expect(200);
    expect(res.body.paragraphs[0]).toEqual({
      n: 1,
      text: 'China issues licences to Indian firms to import rare earth magnets',
    });
    expect(res.body.paragraphs[5]).toEqual({ n: 6, text: 'Business Today Desk' });
  });

  it('answers 404 naming what to do for an unknown report', async () => {
    const res = await request(t.app).get('/api/reports/src:nope').expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('marks claims, names and dates in the reading view', async () => {
    const res = await request(t.app).get('/api/reports/src:001/reading').expect(200);
    const p13 = res.body.paragraphs[12];
    const kinds = (k: string) => p13.spans.filter((s: { kind: string }) => s.kind === k);
    expect(kinds('name').map((s: { text: string }) => s.text)).toContain('Randhir Jaiswal');
    expect(kinds('date')).toContainEqual(
      expect.objectContaining({
        wording: 'on Thursday',
        date: '2025-10-30',
        precision: 'day',
        inferred: true,
      }),
    );
    const p6 = res.body.paragraphs[5];
    expect(p6.spans).toContainEqual(
      expect.objectContaining({ kind: 'claim', quote: 'Business Today Desk', start: 0, end: 19 }),
    );
  });

  it('rewrites no stored text at a warm start when the files are unchanged', async () => {
    const dataset = { name: 'seed', sourceLabel: 'Source' };
    const refreshed = await refreshReportTexts(t.driver, undefined, dataset, defaultTextsDir);
    expect(refreshed.stored).toBe(5);
    expect(refreshed.written).toBe(0);
  });

  it('checks quotes against the stored texts when the files are not there', async () => {
    const check = await checkQuotes(
      t.driver,
      undefined,
      { name: 'seed', ontology: undefined },
      path.join(defaultTextsDir, 'no-such-folder'),
    );
    expect(check.skipped).toBeUndefined();
    expect(check.checked).toBeGreaterThan(50);
    expect(check.result.offenders).toEqual([]);
  });

  describe('adding', () => {
    it('refuses a preview without a signed-in editor (401)', async () => {
      const res = await request(t.app)
        .post('/api/reports/preview')
        .send({ content: fixture('odisha-sands.txt') });
      expect(res.status).toBe(401);
    });

    it('flags the furniture of a pasted report and suggests its headline and date', async () => {
      const res = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: fixture('odisha-sands.txt') })
        .expect(200);
      expect(res.body.format).toBe('text');
      const flagged = res.body.furniture.map((f: { paragraph: number; kind: string }) => [
        f.paragraph,
        f.kind,
      ]);
      expect(flagged).toEqual(
        expect.arrayContaining([
          [2, 'repeat'],
          [5, 'advertisement'],
          [9, 'related'],
          [12, 'repeat'],
          [15, 'unrelated'],
        ]),
      );
      expect(res.body.suggested).toMatchObject({
        headline: 'Odisha sand miner signs rare earth supply deal with Japanese magnet maker',
        datePrinted: { wording: 'Feb 12, 2026', date: '2026-02-12' },
      });
      expect(res.body.duplicateOf).toBeNull();
    });

    it('keeps only the article of an HTML page: no script, style or link target', async () => {
      const res = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: fixture('visakhapatnam.html'), fileName: 'visakhapatnam.html' })
        .expect(200);
      const text = JSON.stringify(res.body.paragraphs);
      expect(res.body.format).toBe('html');
      expect(text).toContain('Meera Pillai');
      for (const banned of [
        '__scriptRan',
        'javascript:',
        'onerror',
        'background: red',
        '__inlineRan',
      ]) {
        expect(text).not.toContain(banned);
      }
      expect(res.body.suggested.outlet).toBe('Coastal Ledger');
    });

    it('saves a report without its dropped furniture, and refuses the same text again with a link (409)', async () => {
      const preview = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: fixture('odisha-sands.txt') });
      const drop = preview.body.furniture.map((f: { paragraph: number }) => f.paragraph);
      const body = {
        content: fixture('odisha-sands.txt'),
        fileName: 'odisha-sands.txt',
        drop,
        headline: preview.body.suggested.headline,
        outlet: 'Eastern Wire',
        datePrinted: 'Feb 12, 2026',
        date: '2026-02-12',
        datePrecision: 'day',
      };
      const saved = await request(t.app).post('/api/reports').set(editor.headers).send(body);
      expect(saved.status).toBe(201);
      const id = saved.body.report.id as string;
      added.push(id);
      expect(saved.body.report).toMatchObject({
        outlet: 'Eastern Wire',
        addedBy: editor.user.name,
      });
      const stored = await request(t.app)
        .get(`/api/reports/${encodeURIComponent(id)}`)
        .expect(200);
      expect(stored.body.paragraphs.map((p: { text: string }) => p.text)).not.toContain(
        'Advertisement',
      );
      expect(stored.body.paragraphs).toHaveLength(19 - drop.length);

      const again = await request(t.app).post('/api/reports').set(editor.headers).send(body);
      expect(again.status).toBe(409);
      expect(again.body.error.details.duplicateOf).toMatchObject({
        id,
        link: `/api/reports/${encodeURIComponent(id)}`,
      });
      const pastedRaw = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: fixture('odisha-sands.txt').replaceAll('\n', '\r\n') });
      expect(pastedRaw.body.duplicateOf).toMatchObject({ id });
    });

    it("recognises a seed report's text pasted again and links to it (409)", async () => {
      const text = readFileSync(path.join(defaultTextsDir, '003_1227c4f16900d284.txt'), 'utf8');
      const res = await request(t.app)
        .post('/api/reports')
        .set(editor.headers)
        .send({ content: text });
      expect(res.status).toBe(409);
      expect(res.body.error.details.duplicateOf.id).toBe('src:003');
    });

    it('answers a 10 MB paste 413 saying what to do', async () => {
      const res = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: 'word '.repeat(2_000_000) });
      expect(res.status).toBe(413);
      expect(res.body.error.message).toMatch(/Paste the article's text alone/);
    });

    it('refuses a binary upload (415) saying what it is', async () => {
      const png = `\uFFFDPNG\r\n\u001a\n${'\u0000\uFFFD'.repeat(200)}`;
      const res = await request(t.app)
        .post('/api/reports/preview')
        .set(editor.headers)
        .send({ content: png, fileName: 'photo.txt' });
      expect(res.status).toBe(415);
      expect(res.body.error.message).toMatch(/PNG image, not text/);
    });

    it('refuses an empty or whitespace-only report (400)', async () => {
      for (const content of ['', '   \n\t \n ']) {
        const res = await request(t.app).post('/api/reports').set(editor.headers).send({ content });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/empty/);
      }
    });

    it('refuses a save that drops every paragraph (400)', async () => {
      const res = await request(t.app)
        .post('/api/reports')
        .set(editor.headers)
        .send({ content: 'One line.\nTwo lines.', drop: [1, 2] });
      expect(res.status).toBe(400);
    });
  });
});
