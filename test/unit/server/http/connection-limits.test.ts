import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLimitedServer,
  defaultConnectionLimits,
  type ConnectionLimits,
} from '../../../../server/http/connection-limits.js';

const sockets: Socket[] = [];
let stop: (() => Promise<void>) | undefined;

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await stop?.();
  stop = undefined;
});

/** A real server on a free loopback port that answers "ok" to every request. */
async function serve(overrides: Partial<ConnectionLimits>) {
  const limits = { ...defaultConnectionLimits, ...overrides };
  const { server, counts } = createLimitedServer((_req, res) => {
    res.end('ok');
  }, limits);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { port: (server.address() as AddressInfo).port, counts };
}

/** A raw connection, optionally from another loopback address; resolves once open. */
function open(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(s));
    s.once('error', reject);
    sockets.push(s);
  });
}

/** Everything the server sends until it closes the socket (bounded by `ms`), and when it closed. */
function readUntilClosed(s: Socket, ms = 8_000): Promise<{ text: string; closedAfterMs: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    let text = '';
    const done = () => resolve({ text, closedAfterMs: performance.now() - started });
    s.on('data', (chunk: Buffer) => (text += chunk.toString()));
    s.once('close', done);
    s.once('error', () => undefined);
    setTimeout(done, ms).unref();
  });
}

const GET = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

describe('connection limits', () => {
  it('answers a connection over the per-address cap with 503 BUSY, Retry-After and closes it', async () => {
    const { port } = await serve({ maxPerAddress: 2 });
    await open(port);
    await open(port);
    const third = await open(port);
    third.write(GET);
    const { text } = await readUntilClosed(third);
    expect(text).toMatch(/^HTTP\/1.1 503 /);
    expect(text).toMatch(/\r\nRetry-After: 5\r\n/);
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as {
      error: { code: string; message: string };
    };
    expect(body.error).toMatchObject({
      code: 'BUSY',
      message: expect.stringMatching(/2 connections/),
    });
  });

  it('still serves another address while one address is at its cap', async () => {
    const { port } = await serve({ maxPerAddress: 2 });
    await open(port);
    await open(port);
    const other = await open(port, '127.0.0.2');
    other.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect((await readUntilClosed(other)).text).toMatch(/^HTTP\/1.1 200 [\s\S]*ok$/);
  });

  it('refuses over the total cap whatever the address', async () => {
    const { port, counts } = await serve({ maxConnections: 2 });
    await open(port);
    await open(port, '127.0.0.2');
    const third = await open(port, '127.0.0.3');
    third.write(GET);
    expect((await readUntilClosed(third)).text).toMatch(/^HTTP\/1.1 503 /);
    expect(counts()).toEqual({ open: 2, refused: 1 });
  });

  it('closes a connection over the cap that sends no request, within seconds', async () => {
    const { port } = await serve({ maxPerAddress: 1 });
    await open(port);
    const silent = await open(port);
    const { text, closedAfterMs } = await readUntilClosed(silent);
    expect([text, closedAfterMs < 7_000]).toEqual(['', true]);
  }, 10_000);

  it('gives a closed connection its place back', async () => {
    const { port } = await serve({ maxPerAddress: 1 });
    const first = await open(port);
    first.destroy();
    await expect
      .poll(async () => {
        const next = await open(port);
        next.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
        return (await readUntilClosed(next)).text.slice(0, 12);
      })
      .toBe('HTTP/1.1 200');
  });

  it('closes a client that sends its headers too slowly, within the headers timeout', async () => {
    const { port } = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const slow = await open(port);
    slow.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const drip = setInterval(() => slow.write('X-Slow: 1\r\n'), 50);
    const { closedAfterMs } = await readUntilClosed(slow);
    clearInterval(drip);
    expect(closedAfterMs).toBeLessThan(2_500);
  });

  it('closes a client that sends its body too slowly, within the request timeout', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400 });
    const slow = await open(port);
    slow.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => slow.write('x'), 50);
    const { closedAfterMs } = await readUntilClosed(slow);
    clearInterval(drip);
    expect(closedAfterMs).toBeLessThan(2_500);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { port } = await serve({ keepAliveTimeoutMs: 200 });
    const idle = await open(port);
    idle.write(GET);
    const { text, closedAfterMs } = await readUntilClosed(idle);
    expect(text).toMatch(/^HTTP\/1.1 200 /);
    expect(closedAfterMs).toBeLessThan(2_500);
  });
});
