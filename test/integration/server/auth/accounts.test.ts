import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueFirstAdminToken } from '../../../../server/auth/first-admin.js';
import { testApp, useTestApp } from '../../../support/app.js';
import { cookieHeader, logIn, makeAccount, signIn } from '../../../support/auth.js';

const t = useTestApp();
const store = () => ({ driver: t.driver, database: undefined });

describe('sign-in and sessions', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and names the user in GET /api/session', async () => {
    const { account, password } = await makeAccount('editor', t.driver);
    const res = await request(t.app)
      .post('/api/auth/login')
      .send({ name: account.name, password })
      .expect(200);
    const session = [res.headers['set-cookie']]
      .flat()
      .find((c?: string) => c?.startsWith('reg_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    const me = await request(t.app)
      .get('/api/session')
      .set('Cookie', cookieHeader(res.headers['set-cookie']))
      .expect(200);
    expect(me.body.user).toEqual({ id: account.id, name: account.name, role: 'editor' });
    expect(me.body.csrfToken).toBe(res.body.csrfToken);
  });

  it('answers 401 to a wrong password and to an unknown name alike', async () => {
    const { account } = await makeAccount('editor', t.driver);
    const wrong = await request(t.app)
      .post('/api/auth/login')
      .send({ name: account.name, password: 'not the password' })
      .expect(401);
    const unknown = await request(t.app)
      .post('/api/auth/login')
      .send({ name: 'nobody-here', password: 'not the password' })
      .expect(401);
    expect(wrong.body.error.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('refuses further attempts on one account after five failures, even with the right password', async () => {
    const app = testApp(t.driver);
    const { account, password } = await makeAccount('editor', t.driver);
    for (let i = 0; i < 5; i++)
      await request(app)
        .post('/api/auth/login')
        .send({ name: account.name, password: 'wrong-one' })
        .expect(401);
    const res = await request(app)
      .post('/api/auth/login')
      .send({ name: account.name, password })
      .expect(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a client that fails on many accounts', async () => {
    const app = testApp(t.driver, {
      // A scope of its own: the counts live in the shared test Neo4j, where other tests fail too.
      accounts: {
        loginLimits: { perAccount: 100, perClient: 3, windowMs: 60_000, scope: 'many-accounts' },
      },
    });
    for (let i = 0; i < 3; i++)
      await request(app)
        .post('/api/auth/login')
        .send({ name: `guess-${i}`, password: 'wrong-one' })
        .expect(401);
    const { account, password } = await makeAccount('editor', t.driver);
    await request(app).post('/api/auth/login').send({ name: account.name, password }).expect(429);
  });

  it('ends the session at logout: the old cookie is refused afterwards (replay)', async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    await request(t.app).get('/api/accounts').set('Cookie', admin.cookie).expect(200);
    await request(t.app).post('/api/auth/logout').set(admin.headers).expect(200);
    const replay = await request(t.app)
      .get('/api/accounts')
      .set('Cookie', admin.cookie)
      .expect(401);
    expect(replay.body.error.code).toBe('UNAUTHENTICATED');
    const me = await request(t.app).get('/api/session').set('Cookie', admin.cookie).expect(200);
    expect(me.body.user).toBeNull();
  });

  it('a disabled account cannot sign in and its open session ends', async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    const editor = await signIn(t.app, 'editor', { driver: t.driver });
    await request(t.app)
      .post(`/api/accounts/${editor.user.id}`)
      .set(admin.headers)
      .send({ disabled: true })
      .expect(200);
    const me = await request(t.app).get('/api/session').set('Cookie', editor.cookie).expect(200);
    expect(me.body.user).toBeNull();
    await expect(logIn(t.app, editor.user.name, editor.password)).rejects.toThrow(/401/);
  });
});

describe('roles and account management', () => {
  it('answers 401 to account management without a session and 403 to an editor or reviewer', async () => {
    await request(t.app).get('/api/accounts').expect(401);
    for (const role of ['editor', 'reviewer'] as const) {
      const who = await signIn(t.app, role, { driver: t.driver });
      const res = await request(t.app).get('/api/accounts').set('Cookie', who.cookie).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('lets an admin create an account and change its role, which applies to its open session', async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    const made = await request(t.app)
      .post('/api/accounts')
      .set(admin.headers)
      .send({ name: `made-${Date.now()}`, password: 'a long enough password', role: 'editor' })
      .expect(200);
    const who = await logIn(t.app, made.body.name, 'a long enough password');
    await request(t.app).get('/api/accounts').set('Cookie', who.cookie).expect(403);
    await request(t.app)
      .post(`/api/accounts/${made.body.id}`)
      .set(admin.headers)
      .send({ role: 'admin' })
      .expect(200);
    await request(t.app).get('/api/accounts').set('Cookie', who.cookie).expect(200);
  });

  it('refuses a taken user name with 409', async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    const res = await request(t.app)
      .post('/api/accounts')
      .set(admin.headers)
      .send({
        name: admin.user.name.toUpperCase(),
        password: 'a long enough password',
        role: 'editor',
      })
      .expect(409);
    expect(res.body.error.code).toBe('CONFLICT');
  });
});

describe('cross-site writes', () => {
  it('refuses a signed-in write without the CSRF token, with a wrong one, from a foreign Origin or a cross-site fetch', async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    const body = { name: `x-${Date.now()}`, password: 'a long enough password', role: 'editor' };
    const attempts = [
      request(t.app).post('/api/accounts').set('Cookie', admin.cookie),
      request(t.app)
        .post('/api/accounts')
        .set('Cookie', admin.cookie)
        .set('X-CSRF-Token', 'forged'),
      request(t.app).post('/api/accounts').set(admin.headers).set('Origin', 'https://evil.example'),
      request(t.app).post('/api/accounts').set(admin.headers).set('Sec-Fetch-Site', 'cross-site'),
    ];
    for (const attempt of attempts) {
      const res = await attempt.send(body).expect(403);
      // A foreign Origin is already turned away by the host check.
      expect(['FORBIDDEN', 'HOST_NOT_ALLOWED']).toContain(res.body.error.code);
    }
    const list = await request(t.app).get('/api/accounts').set('Cookie', admin.cookie).expect(200);
    expect(list.body.accounts.map((a: { name: string }) => a.name)).not.toContain(body.name);
  });

  it("takes a write from the explorer's own origin", async () => {
    const admin = await signIn(t.app, 'admin', { driver: t.driver });
    const served = await request(t.app).get('/api/session').set('Cookie', admin.cookie);
    expect(served.status).toBe(200);
    await request(t.app)
      .post('/api/auth/logout')
      .set(admin.headers)
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(200);
  });
});

describe('the first admin', () => {
  beforeAll(async () => {
    // No active admin, as in a fresh install (other files' admins are disabled, not deleted).
    await t.driver.executeQuery("MATCH (a:_Account {_role: 'admin'}) SET a._disabled = true");
  });

  it('creates the first admin once with the printed token; the used token is refused', async () => {
    const token = await issueFirstAdminToken(store());
    expect(token).toBeDefined();
    const first = await request(t.app)
      .post('/api/auth/first-admin')
      .send({ token, name: `root-${Date.now()}`, password: 'a long enough password' })
      .expect(200);
    expect(first.body.user.role).toBe('admin');
    const again = await request(t.app)
      .post('/api/auth/first-admin')
      .send({ token, name: `root2-${Date.now()}`, password: 'a long enough password' })
      .expect(403);
    expect(again.body.error.code).toBe('FORBIDDEN');
    expect(await issueFirstAdminToken(store())).toBeUndefined();
  });

  it('refuses an expired token', async () => {
    await t.driver.executeQuery("MATCH (a:_Account {_role: 'admin'}) SET a._disabled = true");
    const token = await issueFirstAdminToken(store(), -1);
    await request(t.app)
      .post('/api/auth/first-admin')
      .send({ token, name: `late-${Date.now()}`, password: 'a long enough password' })
      .expect(403);
  });

  it('serves a form at the link that creates the admin and signs them in', async () => {
    await t.driver.executeQuery("MATCH (a:_Account {_role: 'admin'}) SET a._disabled = true");
    const token = (await issueFirstAdminToken(store())) ?? '';
    const page = await request(t.app).get(`/setup?token=${token}`).expect(200);
    expect(page.text).toContain(`value="${token}"`);
    const res = await request(t.app)
      .post('/setup')
      .type('form')
      .send({ token, name: `form-${Date.now()}`, password: 'a long enough password' })
      .expect(303);
    const me = await request(t.app)
      .get('/api/session')
      .set('Cookie', cookieHeader(res.headers['set-cookie']))
      .expect(200);
    expect(me.body.user.role).toBe('admin');
  });
});

describe('READ_ACCESS', () => {
  it('signed-in: an anonymous read is 401, a signed-in one and the health check answer', async () => {
    const app = testApp(t.driver, { accounts: { auth: { readAccess: 'signed-in' } } });
    await request(app).get('/api/overview').expect(401);
    await request(app).get('/api/health').expect(200);
    const reader = await signIn(app, 'editor', { driver: t.driver });
    await request(app).get('/api/overview').set('Cookie', reader.cookie).expect(200);
  });

  it('open (the default): an anonymous read answers', async () => {
    await request(t.app).get('/api/overview').expect(200);
  });
});
