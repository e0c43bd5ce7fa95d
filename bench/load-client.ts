// The bench's load client, run in a process of its own (`inChild`), so the
// server's process does only the server's work: its CPU is not shared with
// the client's request loop, its event loop not with the client's timers.
// One module for every bench that sends load (run.ts through phases.ts,
// gate-sweep.ts). The bare driver's floor is measured from the same child,
// through its own driver, so the API and the driver are timed alike: both
// from a process that is not the server.
//
// Run as a script, it reads one job as JSON from stdin and writes its result
// as JSON to stdout.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { BUSY, busyWaitMs, sleepWithin } from './busy.js';
import { interleaved, replay, summarise, type CapturedQuery, type Timing } from './measure.js';

export interface ThroughputResult {
  connections: number;
  requests: number;
  errors: number;
  busy: number;
  rps: number;
}

export interface CallSpec {
  path: string;
  body?: { cypher: string } | undefined;
}

export type LoadJob =
  | { kind: 'throughput'; urls: string[]; connections: number; seconds: number }
  | { kind: 'parallel'; loads: { urls: string[]; connections: number }[]; seconds: number }
  | {
      kind: 'interleaved';
      base: string;
      call: CallSpec;
      /** The endpoint's recorded queries, as `encodeQueries` wrote them. */
      queries: unknown;
      neo4j: { uri: string; username: string; password: string };
      warm: number;
      rounds: number;
      maxMs: number;
    };

/**
 * `connections` clients each sending requests back to back for `seconds`:
 * requests per second and latency percentiles. Each request has a timeout,
 * counted as an error. A 503 with Retry-After is counted as busy, not as an
 * error or a sample, and its client waits as told (capped, and never past
 * the deadline) before its next request.
 */
export async function throughput(
  /** One URL, or a mix that each connection asks in turn (starting at its own place). */
  url: string | readonly string[],
  connections: number,
  seconds: number,
): Promise<ThroughputResult & Timing> {
  const times: number[] = [];
  let errors = 0;
  let busy = 0;
  const deadline = Date.now() + seconds * 1000;
  const urls = typeof url === 'string' ? [url] : url;
  const client = async (_: unknown, index: number) => {
    // Bounded by the deadline and a hard cap on requests per client.
    for (let i = 0; i < 100_000 && Date.now() < deadline; i++) {
      const started = performance.now();
      try {
        const res = await fetch(urls[(index + i) % urls.length] ?? '', {
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        const wait = busyWaitMs(res.status, res.headers.get('retry-after'));
        if (wait !== null) {
          busy++;
          await sleepWithin(wait, deadline);
        } else if (!res.ok) errors++;
        else times.push(performance.now() - started);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  // A hard stop as well: a request stuck past its own timeout must not hang the run.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(Array.from({ length: connections }, client)),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, seconds * 1000 + 15_000))),
  ]);
  clearTimeout(timer);
  const elapsed = (performance.now() - started) / 1000;
  return {
    connections,
    requests: times.length,
    errors,
    busy,
    rps: times.length / elapsed,
    ...summarise(times),
  };
}

/**
 * One API request; BUSY when the gate turned it away with Retry-After (after
 * waiting as told, capped at MAX_BUSY_WAIT_MS). Used in this child and by
 * the parent's first and recorded requests (phases.ts).
 */
export async function call(
  base: string,
  c: CallSpec,
): Promise<typeof BUSY | { status: number; bytes: number }> {
  const res = await fetch(`${base}${c.path}`, {
    signal: AbortSignal.timeout(60_000),
    ...(c.body
      ? {
          method: 'POST',
          body: JSON.stringify(c.body),
          headers: { 'content-type': 'application/json' },
        }
      : {}),
  });
  const body = await res.arrayBuffer();
  const wait = busyWaitMs(res.status, res.headers.get('retry-after'));
  if (wait !== null) {
    await sleepWithin(wait);
    return BUSY;
  }
  if (!res.ok) throw new Error(`${c.path} answered ${res.status}: ${Buffer.from(body).toString()}`);
  return { status: res.status, bytes: body.byteLength };
}

/**
 * Recorded queries as JSON: integers and dates tagged, and the bookmark
 * manager (an object of the server's driver) named, to be the child driver's own.
 */
export function encodeQueries(queries: CapturedQuery[]): unknown {
  const tag = (value: unknown): unknown => {
    if (neo4j.isInt(value)) return { $int: value.toString() };
    if (neo4j.isDate(value)) return { $date: [value.year, value.month, value.day].map(Number) };
    if (Array.isArray(value)) return value.map(tag);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, k === 'bookmarkManager' ? '$bookmarks' : tag(v)]),
      );
    return typeof value === 'function' ? undefined : value;
  };
  return tag(queries);
}

export function decodeQueries(json: unknown, driver: Driver): CapturedQuery[] {
  const untag = (value: unknown): unknown => {
    if (value === '$bookmarks') return driver.executeQueryBookmarkManager;
    if (Array.isArray(value)) return value.map(untag);
    if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.$int === 'string') return neo4j.int(o.$int);
      if (Array.isArray(o.$date)) {
        const [y, m, d] = o.$date as number[];
        return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
      }
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, untag(v)]));
    }
    return value;
  };
  return untag(json) as CapturedQuery[];
}

async function interleavedJob(job: Extract<LoadJob, { kind: 'interleaved' }>) {
  const driver = neo4j.driver(
    job.neo4j.uri,
    neo4j.auth.basic(job.neo4j.username, job.neo4j.password),
  );
  try {
    const queries = decodeQueries(job.queries, driver);
    for (let i = 0; i < job.warm; i++) {
      await call(job.base, job.call);
      await replay(driver, queries);
    }
    const timing = await interleaved(
      () => call(job.base, job.call),
      () => replay(driver, queries),
      job.rounds,
      job.maxMs,
    );
    return { api: timing.a, driver: timing.b, busy: timing.busy };
  } finally {
    await driver.close();
  }
}

/** Runs one job here, in this process (the child's side). */
export async function runJob(job: LoadJob): Promise<unknown> {
  if (job.kind === 'throughput') return throughput(job.urls, job.connections, job.seconds);
  if (job.kind === 'parallel')
    return Promise.all(job.loads.map((l) => throughput(l.urls, l.connections, job.seconds)));
  return interleavedJob(job);
}

const self = fileURLToPath(import.meta.url);

/**
 * Runs one job in a child process and returns its JSON answer. Bounded: the
 * child is killed (by its own pid) if it has not answered in `limitMs`.
 */
export function inChild<T>(job: LoadJob, limitMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self], {
      cwd: path.dirname(self),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // JSON has no NaN: a percentile of no samples comes back null and is NaN again.
      if (code === 0)
        resolve(
          JSON.parse(out, (k, v: unknown) => (/^p\d+$/.test(k) && v === null ? NaN : v)) as T,
        );
      else reject(new Error(`the load client stopped (${signal ?? code}): ${out.slice(0, 300)}`));
    });
    child.stdin.end(JSON.stringify(job));
  });
}

if (process.argv[1] === self) {
  let input = '';
  process.stdin.on('data', (c: Buffer) => (input += c.toString()));
  process.stdin.on('end', () => {
    runJob(JSON.parse(input) as LoadJob)
      .then((result) => process.stdout.write(JSON.stringify(result), () => process.exit(0)))
      .catch((error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        process.exit(1);
      });
  });
}
