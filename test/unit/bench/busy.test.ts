import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BUSY, MAX_BUSY_WAIT_MS, busyWaitMs, sleepWithin } from '../../../bench/busy.js';
import { throughput } from '../../../bench/load-client.js';
import { interleaved } from '../../../bench/measure.js';

describe('busyWaitMs', () => {
  const now = Date.parse('2026-12-05T08:00:00Z');

  it('reads Retry-After in seconds on a 503', () => {
    expect(busyWaitMs(503, '2', now)).toBe(2000);
    expect(busyWaitMs(503, ' 0 ', now)).toBe(0);
  });

  it('reads Retry-After as an HTTP date, a past date meaning now', () => {
    expect(busyWaitMs(503, 'Sat, 05 Dec 2026 08:00:03 GMT', now)).toBe(3000);
    expect(busyWaitMs(503, 'Sat, 05 Dec 2026 07:59:00 GMT', now)).toBe(0);
  });

  it('caps a long wait', () => {
    expect(busyWaitMs(503, '3600', now)).toBe(MAX_BUSY_WAIT_MS);
  });

  it('is null for anything but a 503 with a readable Retry-After', () => {
    expect(busyWaitMs(200, '2', now)).toBeNull();
    expect(busyWaitMs(429, '2', now)).toBeNull();
    expect(busyWaitMs(503, null, now)).toBeNull();
    expect(busyWaitMs(503, 'soon', now)).toBeNull();
  });
});

describe('sleepWithin', () => {
  it('stops at the deadline', async () => {
    const started = Date.now();
    await sleepWithin(10_000, started + 50);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('interleaved', () => {
  it('counts a BUSY answer apart and does not time it', async () => {
    let calls = 0;
    const api = () => Promise.resolve(++calls % 2 === 0 ? BUSY : 'ok');
    const result = await interleaved(api, () => Promise.resolve('driver'), 10, 10_000);
    expect(result.busy).toBe(5);
    expect(result.a.samples).toBe(5);
    expect(result.b.samples).toBe(10);
  });
});

describe('throughput', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  /** A server whose first `busy` answers are 503 with Retry-After 0, then `then`. */
  async function serve(busy: number, then: number): Promise<string> {
    let answered = 0;
    server = createServer((_req, res) => {
      answered++;
      if (answered <= busy) res.writeHead(503, { 'retry-after': '0' }).end('{}');
      else res.writeHead(then).end('{}');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  it('counts 503s with Retry-After as busy, neither errors nor samples', async () => {
    const r = await throughput(await serve(3, 200), 1, 1);
    expect(r.busy).toBe(3);
    expect(r.errors).toBe(0);
    expect(r.requests).toBeGreaterThan(0);
  });

  it('counts a 503 without Retry-After as an error', async () => {
    const r = await throughput(await serve(0, 503), 1, 1);
    expect(r.busy).toBe(0);
    expect(r.errors).toBeGreaterThan(0);
    expect(r.requests).toBe(0);
  });
});
