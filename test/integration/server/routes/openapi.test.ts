import { validate } from '@readme/openapi-parser';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp, useTestApp } from '../../../support/app.js';

const t = useTestApp();

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    const result = await validate(structuredClone(res.body));
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(res.body.openapi).toBe('3.1.0');
  });

  it('documents every endpoint the issue names', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/search',
        '/api/nodes',
        '/api/nodes/{id}',
        '/api/nodes/{id}/neighbors',
        '/api/paths',
        '/api/timeline',
        '/api/events/{id}/chain',
        '/api/claims',
        '/api/sources',
        '/api/sources/{id}',
        '/api/schema',
        '/api/queries',
        '/api/query',
      ]),
    );
  });
});

describe('hardening', () => {
  it('sends security headers and no x-powered-by', async () => {
    const res = await request(t.app).get('/api/schema').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('has CORS off by default', async () => {
    const res = await request(t.app).get('/api/schema').set('Origin', 'http://elsewhere.test');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the configured CORS origin', async () => {
    const app = testApp(t.driver, { corsOrigin: 'http://notebook.test' });
    const res = await request(app).get('/api/schema').set('Origin', 'http://notebook.test');
    expect(res.headers['access-control-allow-origin']).toBe('http://notebook.test');
  });
});
