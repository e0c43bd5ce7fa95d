import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../../../../server/http/error-handler.js';
import { hostCheck, hostName, LOOPBACK_HOSTS } from '../../../../server/http/host-check.js';
import { pino } from 'pino';

function app(corsOrigin?: string) {
  const a = express();
  const log = pino({ level: 'silent' });
  a.use((req, _res, next) => {
    req.log = log;
    next();
  });
  a.use(hostCheck(LOOPBACK_HOSTS, corsOrigin));
  a.all('/api/x', (_req, res) => {
    res.json({ ok: true });
  });
  a.use(errorHandler);
  return a;
}

describe('hostName', () => {
  it('drops the port of a name and keeps an IPv6 literal whole', () => {
    expect(hostName('Example.org:3000')).toBe('example.org');
    expect(hostName('[::1]:3000')).toBe('[::1]');
  });
});

describe('hostCheck', () => {
  it('answers a loopback host', async () => {
    await request(app()).get('/api/x').set('Host', 'localhost:3000').expect(200);
  });

  it('refuses a rebound host name with 403 HOST_NOT_ALLOWED', async () => {
    const res = await request(app()).get('/api/x').set('Host', 'attacker.example:3000');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('HOST_NOT_ALLOWED');
  });

  it('refuses a POST whose Origin is another site', async () => {
    const res = await request(app())
      .post('/api/x')
      .set('Host', '127.0.0.1:3000')
      .set('Origin', 'http://evil.example');
    expect(res.status).toBe(403);
  });

  it('accepts a POST from its own origin and from the CORS origin', async () => {
    await request(app('https://tools.example.org'))
      .post('/api/x')
      .set('Host', '127.0.0.1:3000')
      .set('Origin', 'http://localhost:3000')
      .expect(200);
    await request(app('https://tools.example.org'))
      .post('/api/x')
      .set('Host', '127.0.0.1:3000')
      .set('Origin', 'https://tools.example.org')
      .expect(200);
  });
});
