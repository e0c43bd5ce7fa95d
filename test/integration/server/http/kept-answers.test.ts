// Answers kept per load (the overview here) go out as a static file would:
// from their second request on, with an ETag and gzip bytes made once, and a
// conditional request answered 304 with no body.
import request from 'supertest';
import { expect, it } from 'vitest';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp();

it('sends a repeated overview gzipped with an ETag, and 304 to a request that has it', async () => {
  const first = await request(t.app).get('/api/overview').set('Accept-Encoding', 'gzip');
  expect(first.status).toBe(200);
  const second = await request(t.app).get('/api/overview').set('Accept-Encoding', 'gzip');
  expect(second.status).toBe(200);
  expect(second.headers['content-encoding']).toBe('gzip');
  expect(second.headers['etag']).toMatch(/^"[\w-]+"$/);
  expect(second.body).toEqual(first.body);

  const again = await request(t.app)
    .get('/api/overview')
    .set('Accept-Encoding', 'gzip')
    .set('If-None-Match', String(second.headers['etag']));
  expect(again.status).toBe(304);
});

it('sends the same kept answer uncompressed to a client that does not take gzip', async () => {
  await request(t.app).get('/api/overview');
  const plain = await request(t.app).get('/api/overview').set('Accept-Encoding', 'identity');
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect((plain.body as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
});
