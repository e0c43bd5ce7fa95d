// Which answers are checked against their contract before they are sent:
// with the check on (tests, npm run dev) every answer is; with it off (npm
// start) a read's answer is written as built, while a write's and an
// account's are still checked. An answer that differs from its contract is
// the server's bug: a 500, never sent.
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../../../server/http/error-handler.js';
import { requestLogger } from '../../../../server/http/logger.js';
import { mountRoutes, route, type RouteDef } from '../../../../server/http/route.js';

const Answer = z.object({ n: z.number() });
// An answer with a key its contract lacks, as a handler's bug would build it.
const handler = () => Promise.resolve({ n: 1, extra: 'beyond' });
const routes: RouteDef[] = [
  route({
    method: 'get',
    path: '/read',
    summary: 'a read',
    tags: ['explore'],
    response: Answer,
    handler,
  }),
  route({
    method: 'post',
    path: '/write',
    summary: 'a write',
    tags: ['curation'],
    response: Answer,
    handler,
  }),
  route({
    method: 'get',
    path: '/me',
    summary: 'an account',
    tags: ['accounts'],
    response: Answer,
    handler,
  }),
];

function appWith(check: boolean) {
  const app = express();
  app.use(requestLogger(pino({ level: 'silent' })));
  app.use(mountRoutes(routes, undefined, check));
  app.use(errorHandler);
  return app;
}

describe('answers checked against their contract', () => {
  it('refuses a read answer beyond its contract with a 500 when the check is on', async () => {
    const res = await request(appWith(true)).get('/read');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('beyond');
  });

  it('writes a read answer as built when the check is off', async () => {
    const res = await request(appWith(false)).get('/read');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ n: 1, extra: 'beyond' });
  });

  it("still checks a write's and an account's answer when the check is off", async () => {
    const app = appWith(false);
    const write = await request(app).post('/write');
    const me = await request(app).get('/me');
    expect([write.status, me.status]).toEqual([500, 500]);
    expect(write.text + me.text).not.toContain('beyond');
  });
});
