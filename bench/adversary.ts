/**
 * Clients that misbehave, for the adversarial soak and the log-flood test:
 * slow bodies, aborted bodies, connection floods, bad encodings, hogs of the
 * heavy routes. Each comes from a loopback address of its own (127.0.0.x:
 * Linux routes all of 127/8 to the loopback), so the server sees separate
 * clients. Every loop stops at its deadline and at a count.
 */
import { request, type Agent } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface Target {
  port: number;
}

export interface Answer {
  /** 0 when no answer came (refused, reset, timed out). */
  status: number;
  /** The error body's code, for an error answer in the API's shape. */
  code?: string | undefined;
  ms: number;
}

function errorCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** One HTTP request from `localAddress`; never rejects. */
export function send(
  target: Target,
  path: string,
  init: {
    localAddress?: string;
    agent?: Agent;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, text = '') =>
      resolve({
        status,
        code: status >= 400 ? errorCode(text) : undefined,
        ms: performance.now() - started,
      });
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path,
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: init.headers,
        ...(init.localAddress ? { localAddress: init.localAddress } : {}),
        agent: init.agent ?? false,
        timeout: init.timeoutMs ?? 30_000,
      },
      (res) => {
        // Only an error body is kept (to read its code); answers are read and dropped.
        let text = '';
        const keep = (res.statusCode ?? 0) >= 400;
        res.on('data', (chunk: Buffer) => {
          if (keep && text.length < 4_096) text += chunk.toString();
        });
        res.on('end', () => done(res.statusCode ?? 0, text));
        res.on('error', () => done(0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(0));
    req.end(init.body);
  });
}

/** A raw connection from `localAddress`; resolves once open, or undefined if it was not. */
export function open(target: Target, localAddress: string): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const s = connect({ port: target.port, host: '127.0.0.1', localAddress }, () => resolve(s));
    s.once('error', () => resolve(undefined));
  });
}

/** What the server wrote on a socket until it closed it, or until `ms`. */
export function readUntilClosed(s: Socket, ms: number): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    const timer = setTimeout(() => resolve({ text, closed: false }), ms);
    s.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    s.once('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
    s.on('error', () => undefined);
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

/** A POST whose body stops short and whose client goes away: an aborted body. */
export async function abortedBody(target: Target, localAddress: string): Promise<void> {
  const s = await open(target, localAddress);
  if (!s) return;
  s.on('error', () => undefined);
  s.write(
    'POST /api/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"cypher":',
  );
  await new Promise((r) => setImmediate(r));
  s.destroy();
}

/** A request opening one more connection beyond those held: the status the server answered it with. */
export async function oneMoreConnection(target: Target, localAddress: string): Promise<number> {
  const s = await open(target, localAddress);
  if (!s) return 0;
  s.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  const { text } = await readUntilClosed(s, 5_000);
  s.destroy();
  return statusOf(text);
}

/**
 * Opens up to `count` connections from one address and holds those the
 * server keeps: each asks for a path that is not there (a short answer) and
 * stays open on keep-alive; a refused one is answered 503 and closed.
 */
export async function holdConnections(
  target: Target,
  localAddress: string,
  count: number,
): Promise<{ held: Socket[]; refused: number }> {
  const held: Socket[] = [];
  let refused = 0;
  for (let i = 0; i < count; i++) {
    const s = await open(target, localAddress);
    if (!s) {
      refused++;
      continue;
    }
    s.write('GET /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const status = await new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(0), 5_000);
      s.once('data', (chunk: Buffer) => {
        clearTimeout(timer);
        resolve(statusOf(chunk.toString('latin1')));
      });
      s.once('close', () => resolve(0));
      s.on('error', () => undefined);
    });
    if (status === 404) held.push(s);
    else {
      refused++;
      s.destroy();
    }
  }
  return { held, refused };
}

/**
 * A body sent one byte every `everyMs`: returns after how many ms the
 * server closed the connection (or `untilMs` passed: not closed).
 */
export async function slowBody(
  target: Target,
  localAddress: string,
  everyMs: number,
  untilMs: number,
): Promise<{ closedAfterMs: number | undefined }> {
  const s = await open(target, localAddress);
  if (!s) return { closedAfterMs: 0 };
  const started = performance.now();
  s.write(
    'POST /api/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
  );
  const drip = setInterval(() => s.write(' '), everyMs);
  const { closed } = await readUntilClosed(s, untilMs);
  clearInterval(drip);
  s.destroy();
  return { closedAfterMs: closed ? performance.now() - started : undefined };
}

/** Runs `fn` `count` times, `concurrency` at a time, stopping early at `deadline` (ms since epoch). */
export async function repeat<T>(
  count: number,
  concurrency: number,
  deadline: number,
  fn: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline) results.push(await fn(next++));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
