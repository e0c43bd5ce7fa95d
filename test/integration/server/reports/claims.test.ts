// Claims from a selection on the real Neo4j: drafts through the curation
// core, in publishing order; a moved span, a type outside the ontology, a
// possible duplicate and a stranger's write refused.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';
import { forgetTeamRecords, signIn, type SignedIn } from '../../../support/auth.js';

const text = [
  'Coastal Magnetics to build magnet plant near Visakhapatnam',
  'The Andhra Pradesh government on Tuesday approved the plant, said Meera Pillai of Coastal Magnetics.',
].join('\n');
let reportId = '';

describe('claims from a selection', () => {
  const t = useTestApp();
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await signIn(t.app, 'editor', { driver: t.driver });
    const saved = await request(t.app)
      .post('/api/reports')
      .set(editor.headers)
      .send({
        content: text,
        headline: text.split('\n')[0],
        date: '2026-03-06',
        datePrecision: 'day',
      });
    expect(saved.status).toBe(201);
    reportId = saved.body.report.id;
  });

  afterAll(async () => {
    await t.driver.executeQuery(
      `MATCH (n) WHERE n.id = $id OR n.id STARTS WITH 'person:meera-pillai-'
         OR n.id STARTS WITH 'statement:pillai-on-the-plant-approval-'
         OR n.id STARTS WITH 'statement:andhra-pradesh-approves-the-plant'
       DETACH DELETE n`,
      { id: reportId },
    );
    // The drafts this file made, so other files' lists of open drafts stay theirs.
    await forgetTeamRecords(t.driver, [editor.user.name]);
  });

  const paragraph = text.split('\n')[1] ?? '';
  const span = (words: string) => {
    const start = paragraph.indexOf(words);
    return { paragraph: 2, start, end: start + words.length, quote: words };
  };
  const post = (who: SignedIn | null, body: unknown) => {
    const r = request(t.app).post(`/api/reports/${encodeURIComponent(reportId)}/claims`);
    return (who ? r.set(who.headers) : r).send(body as object);
  };

  it('refuses a claim from someone not signed in (401), writing nothing', async () => {
    const res = await post(null, {
      ...span('Meera Pillai'),
      fields: { kind: 'property', node: 'country:india', key: 'note', value: 'x' },
    });
    expect(res.status).toBe(401);
  });

  it('refuses a span the paragraph no longer holds (409), with the words there now', async () => {
    const res = await post(editor, {
      ...span('Meera Pillai'),
      quote: 'Meera Pilai',
      fields: {
        kind: 'relationship',
        from: 'country:india',
        type: 'SUPPLIES',
        to: 'country:china',
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details.current).toBe('Meera Pillai');
  });

  it('refuses a type outside the ontology (400)', async () => {
    const res = await post(editor, {
      ...span('Meera Pillai'),
      fields: { kind: 'relationship', from: 'country:india', type: 'OWNS', to: 'country:china' },
    });
    expect(res.status).toBe(400);
  });

  it('makes a statement with a new speaker as drafts, in the order a reviewer publishes them', async () => {
    const res = await post(editor, {
      ...span('approved the plant, said Meera Pillai'),
      fields: {
        kind: 'statement',
        name: 'Pillai on the plant approval',
        speaker: { new: { label: 'Person', name: 'Meera Pillai' } },
      },
    });
    expect(res.status).toBe(201);
    const ops = res.body.drafts.map(
      (d: { op: { kind: string; type?: string } }) => d.op.type ?? d.op.kind,
    );
    expect(ops).toEqual(['create-node', 'SOURCED_FROM', 'create-node', 'SOURCED_FROM', 'MADE']);
    const quoted = res.body.drafts[4].op.props;
    expect(quoted).toMatchObject({
      quote: 'approved the plant, said Meera Pillai',
      paragraph: 2,
      basis: 'stated',
    });
  });

  it('publishes a statement drawn from a selection, and the reading view marks its quote', async () => {
    const reviewer = await signIn(t.app, 'reviewer', { driver: t.driver });
    const words = 'The Andhra Pradesh government on Tuesday approved the plant';
    const made = await post(editor, {
      ...span(words),
      fields: {
        kind: 'statement',
        name: 'Andhra Pradesh approves the plant',
        speaker: 'country:india',
      },
    });
    expect(made.status).toBe(201);
    for (const d of made.body.drafts as { id: string }[]) {
      const res = await request(t.app)
        .post(`/api/curation/drafts/${encodeURIComponent(d.id)}/publish`)
        .set(reviewer.headers)
        .send({});
      expect(res.status).toBe(200);
    }
    const reading = await request(t.app).get(
      `/api/reports/${encodeURIComponent(reportId)}/reading`,
    );
    const claims = reading.body.paragraphs[1].spans.filter(
      (x: { kind: string; draft: boolean }) => x.kind === 'claim' && !x.draft,
    );
    expect(claims.map((c: { quote: string }) => c.quote)).toContain(words);
    // The report keeps its stored text: publishing a link to it leaves its system properties alone.
    const report = await request(t.app).get(`/api/reports/${encodeURIComponent(reportId)}`);
    expect(report.body.paragraphs).toHaveLength(2);
  });

  it('refuses a new node close to one the graph has as a possible duplicate (409)', async () => {
    const res = await post(editor, {
      ...span('Meera Pillai'),
      fields: {
        kind: 'relationship',
        from: { new: { label: 'Person', name: 'Randhir Jaiswall' } },
        type: 'HOLDS_ROLE',
        to: 'country:india',
      },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/possible duplicate of Randhir Jaiswal/);
  });
});
