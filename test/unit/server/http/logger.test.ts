import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  SLOW_REQUEST_MS,
  chooseLogFormat,
  requestLevel,
  requestLogger,
} from '../../../../server/http/logger.js';

describe('chooseLogFormat', () => {
  it('is pretty on a terminal and JSON when piped', () => {
    expect(chooseLogFormat({}, true)).toBe('pretty');
    expect(chooseLogFormat({}, false)).toBe('json');
  });

  it('stays JSON in production, even on a terminal', () => {
    expect(chooseLogFormat({ NODE_ENV: 'production' }, true)).toBe('json');
  });

  it('follows LOG_FORMAT over both', () => {
    expect(chooseLogFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false)).toBe('pretty');
    expect(chooseLogFormat({ LOG_FORMAT: 'JSON' }, true)).toBe('json');
  });

  it('refuses an unknown LOG_FORMAT and names the values it takes', () => {
    expect(() => chooseLogFormat({ LOG_FORMAT: 'text' }, true)).toThrow(/not a log format/);
  });
});

describe('requestLevel', () => {
  it('logs every request at info in JSON', () => {
    expect(requestLevel('json', 200, 5, false)).toBe('info');
    expect(requestLevel('json', 404, 5, false)).toBe('info');
  });

  it('keeps quick successes and client errors at debug for a person', () => {
    expect(requestLevel('pretty', 200, 5, false)).toBe('debug');
    expect(requestLevel('pretty', 404, 5, false)).toBe('debug');
  });

  it('raises slow requests to warn and server errors to error', () => {
    expect(requestLevel('pretty', 200, SLOW_REQUEST_MS + 1, false)).toBe('warn');
    expect(requestLevel('pretty', 503, 5, false)).toBe('error');
    expect(requestLevel('json', 200, 5, true)).toBe('error');
  });
});

describe('requestLogger', () => {
  /** An app whose log lines (as JSON records) the test reads. */
  function app(level: string, format: 'json' | 'pretty' = 'pretty') {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const a = express();
    a.use(requestLogger(pino({ level }, sink), format));
    a.get('/ok', (_req, res) => void res.json({ ok: true }));
    a.get('/boom', (_req, res) => void res.status(500).json({ error: 'x' }));
    return { a, lines };
  }

  it('writes no line for a quick success at info, one short line for a server error', async () => {
    const { a, lines } = app('info');
    await request(a).get('/ok').expect(200);
    await request(a).get('/boom').expect(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.['msg']).toMatch(/^GET \/boom 500 \d+ ms$/);
  });

  it('writes every request at debug', async () => {
    const { a, lines } = app('debug');
    await request(a).get('/ok').expect(200);
    expect(lines.map((l) => l['msg'])).toEqual([expect.stringMatching(/^GET \/ok 200 \d+ ms$/)]);
  });

  it('writes one JSON line per request with method, url, status, time and id, and no header', async () => {
    const { a, lines } = app('info', 'json');
    await request(a)
      .get('/ok?q=1')
      .set('X-Request-Id', 'abc-123')
      .set('Cookie', 'session=secret')
      .expect(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      reqId: 'abc-123',
      req: { method: 'GET', url: '/ok?q=1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number) as number,
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/secret|headers/);
  });
});
