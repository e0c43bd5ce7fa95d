// Every GET endpoint of the OpenAPI document, with generated parameters
// (hostile ones among them): never a 5xx, never a changed graph.
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../../support/db.js';
import { useTestApp } from '../../../support/app.js';

const t = useTestApp({ query: { timeoutMs: 3_000, rowCap: 100, ratePerMinute: 100_000 } });
let before: string;

beforeAll(async () => {
  before = await graphFingerprint(t.driver);
});

afterAll(async () => {
  expect(await graphFingerprint(t.driver)).toBe(before);
});

interface Operation {
  path: string;
  query: string[];
}

/** GET operations and their query parameter names, read from the app's own OpenAPI document. */
async function getOperations(): Promise<Operation[]> {
  const doc = (await request(t.app).get('/api/openapi.json')).body as {
    paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
  };
  return Object.entries(doc.paths)
    .filter(([, item]) => item.get)
    .map(([p, item]) => ({
      path: p,
      query: (item.get?.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name),
    }));
}

const hostile = fc.constantFrom(
  '2025-13-45',
  '2025-02-30',
  '%ZZ',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '',
  ' ',
  'country:india',
  "' OR 1=1 //",
  '`x`LOAD CSV',
  '\u0000',
  '日本語',
  'a'.repeat(5000),
  '[[[[[[[[[[',
  'true',
  'happened',
  'both',
);
const value = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.integer().map(String));

/** Encodes a value as a browser would, except that '%ZZ' stays raw (a malformed escape). */
const enc = (v: string) => (v === '%ZZ' ? v : encodeURIComponent(v));

describe('GET endpoints under generated parameters', () => {
  it('never answer 5xx, for any GET operation of the OpenAPI document', async () => {
    const operations = await getOperations();
    expect(operations.length).toBeGreaterThan(8);
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...(op.query.length ? op.query : ['x'])), value), {
            maxLength: 4,
          }),
          value,
          async (pairs, id) => {
            const path = op.path.replace(/\{[^}]+\}/g, enc(id));
            const qs = pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&');
            const res = await request(t.app).get(`/api${path}${qs ? `?${qs}` : ''}`);
            if (res.status >= 500) throw new Error(`${res.status} for ${path}?${qs}: ${res.text}`);
          },
        ),
        { numRuns: 15, seed: 2025 },
      );
    }
  });

  it('answers a malformed escape in a node id with 400, not 500', async () => {
    const res = await request(t.app).get('/api/nodes/%ZZ');
    expect(res.status).toBe(400);
  });

  it('answers an impossible as-of date with 400 on every endpoint that takes it', async () => {
    for (const path of ['/api/overview', '/api/timeline', '/api/sources/src:004']) {
      const res = await request(t.app).get(`${path}?asOf=2025-13-45`);
      expect(res.status, path).toBe(400);
    }
  });
});
