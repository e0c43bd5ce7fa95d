import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_INDEX } from '../../../../server/graph/source-index.js';
import { graphFingerprint } from '../../../support/db.js';
import { useTestApp } from '../../../support/app.js';
import { signIn, type SignedIn } from '../../../support/auth.js';

const t = useTestApp();
const PREFIX = 'test-curation:';
const id = (name: string) => `${PREFIX}${name}`;
let editor: SignedIn;
let reviewer: SignedIn;

function draft(op: unknown, who: SignedIn = editor, baseVersions: Record<string, number> = {}) {
  return request(t.app)
    .post('/api/curation/drafts')
    .set(who.headers)
    .send({ op, why: 'test', baseVersions });
}
function publish(draftId: string, who: SignedIn = reviewer) {
  return request(t.app).post(`/api/curation/drafts/${draftId}/publish`).set(who.headers);
}
/** Drafts and publishes; returns the change record. */
async function change(op: unknown) {
  const d = await draft(op).expect(200);
  return (await publish(d.body.id).expect(200)).body;
}
const rel = (from: string, type: string, to: string) =>
  encodeURIComponent(`${id(from)}|${type}|${id(to)}`);

beforeAll(async () => {
  editor = await signIn(t.app, 'editor', { driver: t.driver });
  reviewer = await signIn(t.app, 'reviewer', { driver: t.driver });
  for (const name of ['a', 'b', 'c'])
    await change({
      kind: 'create-node',
      id: id(name),
      labels: ['Company'],
      props: { name: `Test ${name}` },
    });
});
afterAll(async () => {
  await t.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX });
});

describe('drafts and review', () => {
  it('keeps a draft out of the graph until a reviewer publishes it', async () => {
    const d = await draft({
      kind: 'create-node',
      id: id('d'),
      labels: ['Company'],
      props: { name: 'Test d' },
    }).expect(200);
    expect(d.body).toMatchObject({
      status: 'open',
      draft: true,
      author: { name: editor.user.name },
    });
    await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(id('d'))}`)
      .expect(404);
    const open = await request(t.app)
      .get('/api/curation/drafts')
      .set('Cookie', editor.cookie)
      .expect(200);
    expect(open.body.drafts.map((x: { id: string }) => x.id)).toContain(d.body.id);
    const record = (await publish(d.body.id).expect(200)).body;
    expect(record).toMatchObject({
      kind: 'create-node',
      author: editor.user.name,
      reviewer: reviewer.user.name,
      why: 'test',
    });
    expect(record.before).toEqual({ nodes: [], rels: [] });
    await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(id('d'))}`)
      .expect(200);
  });

  it('a reader cannot draft (401) and an editor cannot publish (403); nothing is written', async () => {
    const before = await graphFingerprint(t.driver);
    await request(t.app)
      .post('/api/curation/drafts')
      .send({ op: { kind: 'create-node', id: id('x'), labels: ['Company'], props: {} }, why: 'x' })
      .expect(401);
    const d = await draft({
      kind: 'create-node',
      id: id('x'),
      labels: ['Company'],
      props: { name: 'X' },
    }).expect(200);
    const mid = await graphFingerprint(t.driver);
    const refused = await publish(d.body.id, editor).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect(await graphFingerprint(t.driver)).toBe(mid);
    const still = await request(t.app)
      .get(`/api/curation/drafts/${d.body.id}`)
      .set('Cookie', editor.cookie)
      .expect(200);
    expect(still.body.status).toBe('open');
    await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(id('x'))}`)
      .expect(404);
    expect(before).not.toBe(''); // the draft itself is a private node; the dataset did not change
  });

  it('rejects with a reason, which the draft keeps', async () => {
    const d = await draft({
      kind: 'edit-node',
      id: id('a'),
      set: { description: 'wrong' },
      unset: [],
    }).expect(200);
    const r = await request(t.app)
      .post(`/api/curation/drafts/${d.body.id}/reject`)
      .set(reviewer.headers)
      .send({ reason: 'the report says otherwise' })
      .expect(200);
    expect(r.body).toMatchObject({ status: 'rejected', reason: 'the report says otherwise' });
    await publish(d.body.id).expect(409);
  });
});

describe('versions, history and revert', () => {
  it('answers 409 with the current version to a stale edit, and keeps the second draft open', async () => {
    await change({
      kind: 'create-relationship',
      from: id('a'),
      type: 'SUPPLIES',
      to: id('b'),
      props: { quote: 'q', basis: 'stated' },
    });
    const key = decodeURIComponent(rel('a', 'SUPPLIES', 'b'));
    const h = await request(t.app)
      .get(`/api/history/relationships/${rel('a', 'SUPPLIES', 'b')}`)
      .expect(200);
    const seen = { [key]: h.body.version };
    const first = await draft(
      { kind: 'edit-relationship', key, set: { note: 'one' } },
      editor,
      seen,
    ).expect(200);
    const second = await draft(
      { kind: 'edit-relationship', key, set: { note: 'two' } },
      editor,
      seen,
    ).expect(200);
    await publish(first.body.id).expect(200);
    const stale = await publish(second.body.id).expect(409);
    expect(stale.body.error.details.currentVersions[key]).toBe(h.body.version + 1);
    const kept = await request(t.app)
      .get(`/api/curation/drafts/${second.body.id}`)
      .set('Cookie', editor.cookie)
      .expect(200);
    expect(kept.body.status).toBe('open');
    const late = await draft(
      { kind: 'edit-relationship', key, set: { note: 'three' } },
      editor,
      seen,
    ).expect(409);
    expect(late.body.error.details.yours.op.set.note).toBe('three');
  });

  it('retracts a link with a reason (hidden from readers) and brings it back by revert', async () => {
    const record = await change({
      kind: 'retract-relationship',
      key: decodeURIComponent(rel('a', 'SUPPLIES', 'b')),
    });
    await request(t.app)
      .get(`/api/relationships/${rel('a', 'SUPPLIES', 'b')}`)
      .expect(404);
    const back = await request(t.app)
      .post(`/api/curation/changes/${record.id}/revert`)
      .set(reviewer.headers)
      .send({ why: 'retracted by mistake' })
      .expect(200);
    expect(back.body.revertOf).toBe(record.id);
    const restored = await request(t.app)
      .get(`/api/relationships/${rel('a', 'SUPPLIES', 'b')}`)
      .expect(200);
    expect(JSON.stringify(restored.body)).toContain('one');
  });

  it('refuses to revert a change later changes build on, naming them', async () => {
    const key = decodeURIComponent(rel('a', 'SUPPLIES', 'b'));
    const first = await change({ kind: 'edit-relationship', key, set: { note: 'first' } });
    const later = await change({ kind: 'edit-relationship', key, set: { note: 'later' } });
    const res = await request(t.app)
      .post(`/api/curation/changes/${first.id}/revert`)
      .set(reviewer.headers)
      .send({ why: 'x' })
      .expect(409);
    expect(res.body.error.details.dependants.map((d: { id: string }) => d.id)).toContain(later.id);
    expect(res.body.error.message).toContain(`#${later.seq}`);
  });

  it('keeps every change in the history with before, after, who and why', async () => {
    const h = await request(t.app)
      .get(`/api/history/relationships/${rel('a', 'SUPPLIES', 'b')}`)
      .expect(200);
    expect(h.body.changes.length).toBe(h.body.version);
    expect(h.body.changes.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining([
        'create-relationship',
        'edit-relationship',
        'retract-relationship',
        'revert:retract-relationship',
      ]),
    );
  });
});

describe('corrections', () => {
  it('turns a causal link into a sequence and re-points a link', async () => {
    await change({
      kind: 'create-relationship',
      from: id('b'),
      type: 'LED_TO',
      to: id('c'),
      props: { basis: 'stated' },
    });
    await change({
      kind: 'retype-relationship',
      key: decodeURIComponent(rel('b', 'LED_TO', 'c')),
      type: 'PRECEDED',
    });
    await request(t.app)
      .get(`/api/relationships/${rel('b', 'PRECEDED', 'c')}`)
      .expect(200);
    await request(t.app)
      .get(`/api/relationships/${rel('b', 'LED_TO', 'c')}`)
      .expect(404);
    await change({
      kind: 'repoint-relationship',
      key: decodeURIComponent(rel('b', 'PRECEDED', 'c')),
      end: 'to',
      node: id('a'),
    });
    await request(t.app)
      .get(`/api/relationships/${rel('b', 'PRECEDED', 'a')}`)
      .expect(200);
  });

  it('refuses to merge a node into itself', async () => {
    const res = await draft({ kind: 'merge-nodes', keep: id('a'), merge: id('a') }).expect(400);
    expect(res.body.error.message).toMatch(/itself/);
  });

  it('merges two nodes keeping aliases and links, and records the merge', async () => {
    const record = await change({ kind: 'merge-nodes', keep: id('c'), merge: id('b') });
    expect(record.kind).toBe('merge-nodes');
    await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(id('b'))}`)
      .expect(404);
    const kept = await request(t.app)
      .get(`/api/nodes/${encodeURIComponent(id('c'))}`)
      .expect(200);
    expect(JSON.stringify(kept.body)).toContain('Test b');
    await request(t.app)
      .get(`/api/relationships/${rel('c', 'PRECEDED', 'a')}`)
      .expect(200);
  });
});

describe('comments and privacy', () => {
  it('takes comments on a claim from editors and lists them with their author', async () => {
    const on = decodeURIComponent(rel('a', 'SUPPLIES', 'b'));
    await request(t.app)
      .post('/api/curation/comments')
      .set(reviewer.headers)
      .send({ on, text: 'check the quote' })
      .expect(200);
    const list = await request(t.app)
      .get('/api/curation/comments')
      .query({ on })
      .set('Cookie', editor.cookie)
      .expect(200);
    expect(list.body.comments).toContainEqual(
      expect.objectContaining({ text: 'check the quote', author: reviewer.user.name }),
    );
    await request(t.app).get('/api/curation/comments').query({ on }).expect(401);
  });

  it('never shows accounts, drafts or change records in the schema, overview or health counts', async () => {
    const schema = await request(t.app).get('/api/schema').expect(200);
    const names = JSON.stringify(schema.body);
    for (const word of ['_Account', '_Draft', '_Change', '_Session', 'passwordHash', 'csrfToken'])
      expect(names).not.toContain(word);
    const overview = await request(t.app).get('/api/overview').expect(200);
    expect(JSON.stringify(overview.body)).not.toMatch(/_Private|_Account/);
    const health = await request(t.app).get('/api/health').expect(200);
    const { records } = await t.driver.executeQuery(
      'MATCH (n) WHERE NOT n:_Private AND NOT n:_SeedLoad AND NOT n:_GraphEdits RETURN count(n) AS n',
    );
    expect(health.body.counts.nodes).toBe(Number(records[0]?.get('n')));
  });
});

describe('the index on links’ sources after a change', () => {
  /** The relationship types the index names now. */
  async function indexedTypes(): Promise<unknown> {
    const { records } = await t.driver.executeQuery(
      `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes AS types`,
      { name: SOURCE_INDEX },
    );
    return records[0]?.get('types');
  }

  it('names a type a published link brings, and forgets it when a revert takes its last link', async () => {
    const record = await change({
      kind: 'create-relationship',
      from: id('a'),
      type: 'CURATION_PROBE_TYPE',
      to: id('c'),
      props: { sources: ['src:001'], basis: 'inferred', note: 'probe' },
    });
    expect(await indexedTypes()).toContain('CURATION_PROBE_TYPE');
    await request(t.app)
      .post(`/api/curation/changes/${record.id}/revert`)
      .set(reviewer.headers)
      .send({ why: 'probe' })
      .expect(200);
    expect(await indexedTypes()).not.toContain('CURATION_PROBE_TYPE');
  });
});
