// Gzip through real HTTP: answers under 8 KiB go as they are, larger ones
// gzipped at level 1 (byte for byte what zlib gives at level 1, not at 6).
import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPRESSION_LEVEL,
  COMPRESSION_THRESHOLD_BYTES,
} from '../../../../server/http/compression.js';
import { listen } from '../../../support/app.js';
import { testDriver } from '../../../support/db.js';

let driver: ReturnType<typeof testDriver>;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  driver = testDriver();
  server = await listen(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

/** The raw answer to a client that accepts gzip: bytes as sent, and the encoding. */
function get(path: string): Promise<{ status: number; encoding: string | null; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: { 'accept-encoding': 'gzip' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const encoding = res.headers['content-encoding'];
          resolve({
            status: res.statusCode ?? 0,
            encoding: typeof encoding === 'string' ? encoding : null,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('compression', () => {
  it('sends an answer under 8 KiB (but over the 1 KiB default) as it is', async () => {
    const res = await get('/api/nodes/person:randhir-jaiswal');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(1024);
    expect(res.body.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(res.encoding).toBeNull();
    expect(JSON.parse(res.body.toString('utf8'))).toHaveProperty('node');
  });

  it('gzips a larger answer at level 1', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.encoding).toBe('gzip');
    const json = gunzipSync(res.body);
    expect(json.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(res.body.equals(gzipSync(json, { level: COMPRESSION_LEVEL }))).toBe(true);
    expect(res.body.equals(gzipSync(json, { level: 6 }))).toBe(false);
  });
});
