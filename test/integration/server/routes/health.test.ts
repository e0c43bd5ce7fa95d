import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createDriver } from '../../../../server/neo4j/driver.js';
import { findFreePort } from '../../../../server/neo4j/ports.js';
import { testApp, useTestApp } from '../../../support/app.js';

const t = useTestApp();

describe('GET /api/health', () => {
  it('reports Neo4j connected with its version and edition', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j).toMatchObject({ connected: true, edition: 'community' });
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
  });

  it('reports the graph size and when the seed was loaded', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.body.counts.nodes).toBeGreaterThan(100);
    expect(res.body.seed).toContainEqual(
      expect.objectContaining({
        dataset: 'seed',
        loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    );
  });

  it('answers 503 when Neo4j cannot be reached', async () => {
    const port = await findFreePort();
    const down = createDriver({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: '' });
    try {
      const res = await request(testApp(down)).get('/api/health').expect(503);
      expect(res.body).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
    } finally {
      await down.close();
    }
  });
});

describe('unknown API paths', () => {
  it('answer 404 in the one error shape, with a request id', async () => {
    const res = await request(t.app).get('/api/nowhere').expect(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
    expect(res.headers['x-request-id']).toBe(res.body.error.requestId);
  });
});
