// The team's workspace on the real Neo4j: views, queries and stories shared with the
// team, listed with their author, deleted only by their author or an admin,
// every write recorded; and the refusals: no session, a cross-site or
// tokenless write, a replayed cookie, a name the team uses, an oversized body.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';
import { signIn, type SignedIn } from '../../../support/auth.js';

const t = useTestApp();
const TAG = `ws-${Date.now().toString(36)}`;
const name = (n: string) => `${TAG} ${n}`;
let reader: SignedIn;
let editor: SignedIn;
let admin: SignedIn;

const shareView = (who: SignedIn, n: string, state = '?sel=country%3Aindia&v=2') =>
  request(t.app)
    .post('/api/workspace/views')
    .set(who.headers)
    .send({ name: name(n), state });
const shareQuery = (who: SignedIn, n: string) =>
  request(t.app)
    .post('/api/workspace/queries')
    .set(who.headers)
    .send({ name: name(n), cypher: 'MATCH (n) RETURN n LIMIT $k', params: { k: 3 } });
const story = (n: string, steps = 2) => ({
  version: 1,
  name: n,
  savedAt: '2026-12-06T09:00:00.000Z',
  steps: Array.from({ length: steps }, (_, i) => ({
    id: `s${i}`,
    title: `Step ${i + 1}`,
    caption: '<b>shown as text</b>',
    view: '?sel=country%3Aindia&v=2',
    claims: [],
  })),
});
const shareStory = (who: SignedIn, n: string, body: unknown = story('Licences')) =>
  request(t.app)
    .post('/api/workspace/stories')
    .set(who.headers)
    .send({ name: name(n), story: body });
const count = async (label: string) => {
  const { records } = await t.driver.executeQuery(
    `MATCH (w:${label}) WHERE w._name STARTS WITH $tag RETURN count(w) AS n`,
    { tag: TAG },
  );
  return Number(records[0]?.get('n'));
};

beforeAll(async () => {
  reader = await signIn(t.app, 'reader', { driver: t.driver });
  editor = await signIn(t.app, 'editor', { driver: t.driver });
  admin = await signIn(t.app, 'admin', { driver: t.driver });
});
afterAll(async () => {
  await t.driver.executeQuery(
    'MATCH (w) WHERE (w:_TeamView OR w:_TeamQuery OR w:_TeamStory OR w:_WorkspaceLog) AND w._name STARTS WITH $tag DELETE w',
    { tag: TAG },
  );
});

describe('shared views', () => {
  it('lets any signed-in person share a view, listed with its author for the team', async () => {
    const made = await shareView(reader, 'India').expect(200);
    expect(made.body).toMatchObject({
      name: name('India'),
      state: '?sel=country%3Aindia&v=2',
      author: { id: reader.user.id, name: reader.user.name },
    });
    const listed = await request(t.app).get('/api/workspace/views').set('Cookie', editor.cookie);
    expect(listed.status).toBe(200);
    const mine = listed.body.views.find((v: { id: string }) => v.id === made.body.id);
    expect(mine.author.name).toBe(reader.user.name);
  });

  it('refuses a second view with a name the team uses (case aside), naming who shared it', async () => {
    await shareView(editor, 'Licences').expect(200);
    const again = await shareView(reader, 'LICENCES');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(editor.user.name);
    expect(await count('_TeamView')).toBe(2);
  });

  it('refuses a view that is not a link, and one whose link is over 8,000 characters', async () => {
    const notLink = await shareView(reader, 'bad', 'javascript:alert(1)');
    expect(notLink.status).toBe(400);
    const long = await shareView(reader, 'long', `?sel=${'a'.repeat(8000)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('INVALID_INPUT');
  });

  it('refuses a body over the API limit with 413, writing nothing', async () => {
    const before = await count('_TeamView');
    const res = await request(t.app)
      .post('/api/workspace/views')
      .set(reader.headers)
      .send({ name: name('huge'), state: '?v=2', description: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(await count('_TeamView')).toBe(before);
  });

  it("refuses to delete a teammate's view (403) and lets its author delete it", async () => {
    const made = await shareView(editor, 'to delete').expect(200);
    const by = (who: SignedIn) =>
      request(t.app).delete(`/api/workspace/views/${made.body.id}`).set(who.headers);
    const refused = await by(reader);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(editor.user.name);
    await by(editor).expect(200);
    expect((await by(editor)).status).toBe(404);
  });

  it("lets an admin delete anyone's view", async () => {
    const made = await shareView(reader, 'admin deletes').expect(200);
    await request(t.app)
      .delete(`/api/workspace/views/${made.body.id}`)
      .set(admin.headers)
      .expect(200);
  });
});

describe('shared queries', () => {
  it('keeps a query with its parameters and author, and lists it by name', async () => {
    const made = await shareQuery(editor, 'Ten nodes').expect(200);
    expect(made.body).toMatchObject({ params: { k: 3 }, author: { name: editor.user.name } });
    const listed = await request(t.app).get('/api/workspace/queries').set('Cookie', reader.cookie);
    expect(listed.body.queries.map((q: { name: string }) => q.name)).toContain(name('Ten nodes'));
  });

  it('refuses a query name the team uses', async () => {
    await shareQuery(reader, 'dup').expect(200);
    expect((await shareQuery(editor, 'dup')).status).toBe(409);
  });
});

describe('shared stories', () => {
  it('keeps a whole story with its author, and gives it back to a teammate step for step', async () => {
    const made = await shareStory(editor, 'Licences').expect(200);
    expect(made.body.author.name).toBe(editor.user.name);
    const listed = await request(t.app).get('/api/workspace/stories').set('Cookie', reader.cookie);
    const mine = listed.body.stories.find((x: { id: string }) => x.id === made.body.id);
    expect(mine.story).toEqual(story('Licences'));
    expect(await count('_TeamStory')).toBeGreaterThan(0);
  });

  it('refuses a story file with a bad field, naming it, and writes nothing', async () => {
    const before = await count('_TeamStory');
    const bad = { ...story('Bad'), steps: [{ id: 's0', title: 'x', view: '?v=2', claims: [] }] };
    const res = await shareStory(editor, 'Bad', bad);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('caption');
    expect(await count('_TeamStory')).toBe(before);
  });

  it("refuses a story name the team uses, and a teammate's delete", async () => {
    const made = await shareStory(reader, 'dup story').expect(200);
    expect((await shareStory(editor, 'DUP story')).status).toBe(409);
    const del = await request(t.app)
      .delete(`/api/workspace/stories/${made.body.id}`)
      .set(editor.headers);
    expect(del.status).toBe(403);
    await request(t.app)
      .delete(`/api/workspace/stories/${made.body.id}`)
      .set(reader.headers)
      .expect(200);
  });
});

describe('the workspace record', () => {
  it('records every share and delete with who did it (admin only)', async () => {
    const made = await shareView(reader, 'recorded').expect(200);
    await request(t.app)
      .delete(`/api/workspace/views/${made.body.id}`)
      .set(reader.headers)
      .expect(200);
    const log = await request(t.app).get('/api/workspace/log').set('Cookie', admin.cookie);
    expect(log.status).toBe(200);
    const mine = log.body.events.filter((e: { itemId: string }) => e.itemId === made.body.id);
    expect(mine.map((e: { action: string; by: string }) => [e.action, e.by]).sort()).toEqual([
      ['delete', reader.user.name],
      ['share', reader.user.name],
    ]);
    expect(
      (await request(t.app).get('/api/workspace/log').set('Cookie', editor.cookie)).status,
    ).toBe(403);
  });
});

describe('refusals', () => {
  it('answers 401 to a read or a write without a session, writing nothing', async () => {
    const before = await count('_TeamView');
    expect((await request(t.app).get('/api/workspace/views')).status).toBe(401);
    const res = await request(t.app)
      .post('/api/workspace/views')
      .send({ name: name('anon'), state: '?v=2' });
    expect(res.status).toBe(401);
    expect(await count('_TeamView')).toBe(before);
  });

  it('refuses a cross-site share, one without the CSRF token, and a replayed cookie after sign-out', async () => {
    const before = await count('_TeamView');
    const body = { name: name('forged'), state: '?v=2' };
    const post = () => request(t.app).post('/api/workspace/views');
    expect(
      (await post().set(reader.headers).set('Sec-Fetch-Site', 'cross-site').send(body)).status,
    ).toBe(403);
    expect(
      (await post().set(reader.headers).set('Origin', 'https://elsewhere.example').send(body))
        .status,
    ).toBe(403);
    expect((await post().set('Cookie', reader.cookie).send(body)).status).toBe(403);
    const gone = await signIn(t.app, 'editor', { driver: t.driver });
    await request(t.app).post('/api/auth/logout').set(gone.headers).expect(200);
    expect((await post().set(gone.headers).send(body)).status).toBe(401);
    expect(await count('_TeamView')).toBe(before);
  });

  it('lists the comments only for editors and reviewers, newest first with their author', async () => {
    await request(t.app)
      .post('/api/curation/comments')
      .set(editor.headers)
      .send({ on: 'country:india', text: `${TAG} the report says "persistent delays"` })
      .expect(200);
    const listed = await request(t.app).get('/api/workspace/comments').set('Cookie', editor.cookie);
    expect(listed.status).toBe(200);
    // Other files' comments share the test database: find this one, and check the order of all.
    const comments = listed.body.comments as {
      text: string;
      author: string;
      on: string;
      at: string;
    }[];
    expect(comments.find((c) => c.text.startsWith(TAG))).toMatchObject({
      author: editor.user.name,
      on: 'country:india',
    });
    const times = comments.map((c) => Date.parse(c.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(
      (await request(t.app).get('/api/workspace/comments').set('Cookie', reader.cookie)).status,
    ).toBe(403);
    await t.driver.executeQuery('MATCH (c:_Comment) WHERE c._text STARTS WITH $tag DELETE c', {
      tag: TAG,
    });
  });
});

describe('the OpenAPI document', () => {
  it('lists the workspace endpoints with the role each needs', async () => {
    const doc = await request(t.app).get('/api/openapi.json').expect(200);
    const role = (path: string, method: string) =>
      doc.body.paths[path]?.[method]?.['x-required-role'];
    expect(role('/api/workspace/views', 'post')).toBe('reader');
    expect(role('/api/workspace/views/{id}', 'delete')).toBe('reader');
    expect(role('/api/workspace/queries', 'get')).toBe('reader');
    expect(role('/api/workspace/stories', 'post')).toBe('reader');
    expect(role('/api/workspace/log', 'get')).toBe('admin');
  });
});
