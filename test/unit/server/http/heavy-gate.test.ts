import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { Request, Response } from 'express';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../../../server/http/error-handler.js';
import { heavyAdmission, heavyGate, heavyWords } from '../../../../server/http/heavy-gate.js';
import { requestLogger } from '../../../../server/http/logger.js';
import { mountRoutes, route } from '../../../../server/http/route.js';
import { ApiError } from '../../../../server/errors.js';

const Ok = z.object({ ok: z.boolean() });

/** Routes whose heavy handler holds its slot until the test lets it go. */
function fakeApi(limits = { running: 1, perClient: 5, waiting: 0, waitMs: 60_000 }) {
  const held: (() => void)[] = [];
  let onEnter: () => void = () => undefined;
  const entered = () => new Promise<void>((resolve) => (onEnter = resolve));
  const hold = () =>
    new Promise<unknown>((resolve) => {
      held.push(() => resolve({ ok: true }));
      onEnter();
    });
  const routes = [
    route({
      method: 'get',
      path: '/heavy',
      tags: [],
      summary: '',
      response: Ok,
      heavy: true,
      handler: hold,
    }),
    route({
      method: 'get',
      path: '/cheap',
      tags: [],
      summary: '',
      response: Ok,
      handler: () => Promise.resolve({ ok: true }),
    }),
    route({
      method: 'get',
      path: '/depth',
      tags: [],
      summary: '',
      query: z.object({ depth: z.coerce.number() }),
      response: Ok,
      heavy: (query) => query.depth > 1,
      handler: () => Promise.resolve({ ok: true }),
    }),
    route({
      method: 'get',
      path: '/fails',
      tags: [],
      summary: '',
      response: Ok,
      heavy: true,
      handler: () => Promise.reject(new ApiError('NOT_FOUND', 'No such thing.')),
    }),
  ];
  const app = express();
  app.use(requestLogger(pino({ level: 'silent' })));
  app.use(mountRoutes(routes, heavyGate(heavyAdmission(limits))));
  app.use(errorHandler);
  return { app, held, entered };
}

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function serve(app: express.Express): Promise<Server> {
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return server;
}

/** Starts a heavy request and resolves once its handler holds the slot. */
async function takeSlot(api: ReturnType<typeof fakeApi>, s: Server) {
  const entered = api.entered();
  const answer = request(s)
    .get('/heavy')
    .then((r) => r);
  await entered;
  // Wrapped: an async function would otherwise wait for the answer itself.
  return { answer };
}

describe('heavy-request gate', () => {
  it('answers a cheap request while the heavy slot is taken and nothing may wait', async () => {
    const api = fakeApi();
    const s = await serve(api.app);
    const { answer: first } = await takeSlot(api, s);
    await request(s).get('/cheap').expect(200);
    api.held[0]?.();
    await first;
  });

  it('turns a surplus heavy request away with 503 BUSY, Retry-After and what to do', async () => {
    const api = fakeApi();
    const s = await serve(api.app);
    const { answer: first } = await takeSlot(api, s);
    const res = await request(s).get('/heavy').expect(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.error).toMatchObject({
      code: 'BUSY',
      message: `${heavyWords.full} ${heavyWords.advice}`,
    });
    api.held[0]?.();
    await first;
  });

  it('lets the route decide from its query: depth 1 is cheap while the slot is taken', async () => {
    const api = fakeApi();
    const s = await serve(api.app);
    const { answer: first } = await takeSlot(api, s);
    await request(s).get('/depth?depth=1').expect(200);
    api.held[0]?.();
    await first;
  });

  it('sends a query the route calls heavy through the gate', async () => {
    const api = fakeApi();
    const s = await serve(api.app);
    const { answer: first } = await takeSlot(api, s);
    await request(s).get('/depth?depth=2').expect(503);
    api.held[0]?.();
    await first;
  });

  it('frees the slot when the handler fails', async () => {
    const api = fakeApi();
    const s = await serve(api.app);
    await request(s).get('/fails').expect(404);
    await request(s).get('/depth?depth=2').expect(200);
  });

  it('takes a waiting request out of the queue when its response closes', async () => {
    const admission = heavyAdmission({ running: 1, perClient: 5, waiting: 1, waitMs: 60_000 });
    const gate = heavyGate(admission);
    const res = new EventEmitter();
    const req = { ip: 'a', socket: { destroyed: false } };
    await gate(req as unknown as Request, res as unknown as Response);
    const waiting = gate(req as unknown as Request, res as unknown as Response);
    res.emit('close');
    await expect(waiting).rejects.toMatchObject({ code: 'BUSY' });
    expect(admission.load.waiting).toBe(0);
  });
});
