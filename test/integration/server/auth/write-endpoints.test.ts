// Every write endpoint, found in the OpenAPI document (so a new one is covered
// when it is added): refused without a session, with too low a role, without
// the CSRF token, from another site, and with a logged-out session's cookie,
// and nothing is written to the database by any of those attempts.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../contract/index.js';
import { graphFingerprint } from '../../../support/db.js';
import { useTestApp } from '../../../support/app.js';
import { logIn, signIn, type SignedIn } from '../../../support/auth.js';

const t = useTestApp();

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  role: Role | undefined;
}

/** Writes that need no role by design: the read-only analyst query and the two ways to sign in. */
const OPEN_WRITES = ['/api/query', '/api/auth/login', '/api/auth/first-admin', '/api/auth/logout'];
const BELOW: Record<Role, Role | undefined> = {
  reader: undefined,
  editor: 'reader',
  reviewer: 'editor',
  admin: 'reviewer',
};

let operations: Operation[] = [];
const who: Partial<Record<Role, SignedIn>> = {};

const call = (op: Operation) => {
  const agent = request(t.app);
  return agent[op.method](op.path.replace(/\{\w+\}/g, 'no-such-id')).send({});
};

beforeAll(async () => {
  const doc = await request(t.app).get('/api/openapi.json').expect(200);
  const paths = doc.body.paths as Record<string, Record<string, { 'x-required-role'?: Role }>>;
  operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, o]) => ({
      method: method as Operation['method'],
      path,
      role: o['x-required-role'],
    })),
  );
  for (const role of ['reader', 'editor', 'reviewer', 'admin'] as const)
    who[role] = await signIn(t.app, role, { driver: t.driver });
});

const writes = () => operations.filter((o) => o.method !== 'get');
const guarded = () => operations.filter((o) => o.role !== undefined);

describe('every write endpoint', () => {
  it('names a role, unless it is one of the open ones', () => {
    expect(writes().length).toBeGreaterThanOrEqual(10);
    const unguarded = writes().filter((o) => !o.role && !OPEN_WRITES.includes(o.path));
    expect(unguarded).toEqual([]);
  });

  it('answers 401 without a session and writes nothing', async () => {
    const before = await graphFingerprint(t.driver);
    for (const op of guarded()) {
      const res = await call(op);
      expect([op.path, res.status]).toEqual([op.path, 401]);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(await graphFingerprint(t.driver)).toBe(before);
  });

  it('answers 403 to a role below the one it needs (a reader calling a write among them) and writes nothing', async () => {
    const before = await graphFingerprint(t.driver);
    for (const op of guarded()) {
      const below = op.role ? BELOW[op.role] : undefined;
      if (!below) continue;
      const res = await call(op).set(who[below]?.headers ?? {});
      expect([op.path, below, res.status]).toEqual([op.path, below, 403]);
    }
    expect(await graphFingerprint(t.driver)).toBe(before);
  });

  it('refuses a signed-in write with no CSRF token, a forged one, a foreign Origin or a cross-site fetch', async () => {
    const admin = who.admin;
    if (!admin) throw new Error('no admin signed in');
    const before = await graphFingerprint(t.driver);
    for (const op of writes()) {
      const attempts = [
        call(op).set('Cookie', admin.cookie),
        call(op).set('Cookie', admin.cookie).set('X-CSRF-Token', 'forged-token'),
        call(op).set(admin.headers).set('Origin', 'https://elsewhere.example'),
        call(op).set(admin.headers).set('Sec-Fetch-Site', 'cross-site'),
      ];
      for (const attempt of attempts) {
        const res = await attempt;
        expect([op.path, res.status]).toEqual([op.path, 403]);
      }
    }
    expect(await graphFingerprint(t.driver)).toBe(before);
  });

  it("refuses a write carrying an earlier session's CSRF token (stale) with a live session's cookie", async () => {
    const earlier = await signIn(t.app, 'admin', { driver: t.driver });
    const { cookie } = await logIn(t.app, earlier.user.name, earlier.password);
    const before = await graphFingerprint(t.driver);
    for (const op of writes().filter((o) => o.role)) {
      const res = await call(op).set('Cookie', cookie).set('X-CSRF-Token', earlier.csrfToken);
      expect([op.path, res.status]).toEqual([op.path, 403]);
    }
    expect(await graphFingerprint(t.driver)).toBe(before);
  });

  it('refuses the cookie of a logged-out session (replay) on every guarded endpoint', async () => {
    const gone = await signIn(t.app, 'admin', { driver: t.driver });
    await request(t.app).post('/api/auth/logout').set(gone.headers).expect(200);
    const before = await graphFingerprint(t.driver);
    for (const op of guarded()) {
      const res = await call(op).set(gone.headers);
      expect([op.path, res.status]).toEqual([op.path, 401]);
    }
    expect(await graphFingerprint(t.driver)).toBe(before);
  });
});

describe('the OpenAPI document', () => {
  it('lists the curation and account endpoints with the role each needs', () => {
    const role = (method: string, path: string) =>
      operations.find((o) => o.method === method && o.path === path)?.role;
    expect(role('post', '/api/curation/drafts')).toBe('editor');
    expect(role('post', '/api/curation/drafts/{id}/publish')).toBe('reviewer');
    expect(role('post', '/api/curation/drafts/{id}/reject')).toBe('reviewer');
    expect(role('post', '/api/curation/changes/{id}/revert')).toBe('reviewer');
    expect(role('post', '/api/curation/comments')).toBe('editor');
    expect(role('get', '/api/curation/drafts')).toBe('editor');
    expect(role('get', '/api/export/cypher')).toBe('reviewer');
    expect(role('get', '/api/accounts')).toBe('admin');
    expect(role('post', '/api/accounts')).toBe('admin');
    expect(operations.some((o) => o.path === '/api/auth/login')).toBe(true);
  });
});
