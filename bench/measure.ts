import type { Driver, Session, SessionConfig } from 'neo4j-driver';
import { BUSY, busyWaitMs, sleepWithin } from './busy.js';

export interface CapturedQuery {
  cypher: string;
  params: unknown;
  config: unknown;
  /** Sent in an auto-commit session (health's probe), not through executeQuery: replayed the same way. */
  session?: SessionConfig;
}

/**
 * A driver that records the queries the API sends while `recording` is on,
 * so the benchmark can replay exactly the same Cypher through a bare driver.
 */
export function recordingDriver(driver: Driver) {
  let captured: CapturedQuery[] | undefined;
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (config?: SessionConfig) => recordingSession(target.session(config), config ?? {});
      }
      if (prop === 'executeQuery') {
        return (cypher: string, params?: unknown, config?: unknown) => {
          captured?.push({ cypher, params, config });
          return target.executeQuery(cypher, params, config as never);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  /** A session whose auto-commit runs are recorded too. */
  function recordingSession(session: Session, config: SessionConfig): Session {
    const run = session.run.bind(session);
    session.run = ((cypher: string, params?: unknown, txConfig?: unknown) => {
      captured?.push({ cypher, params, config: txConfig, session: config });
      return run(cypher, params as never, txConfig as never);
    }) as Session['run'];
    return session;
  }
  return {
    driver: proxy,
    async record(action: () => Promise<void>): Promise<CapturedQuery[]> {
      captured = [];
      try {
        await action();
        return captured;
      } finally {
        captured = undefined;
      }
    },
  };
}

/**
 * The queries the API's graph context sends to refresh its vocabulary
 * (labels and types, full-text indexes, id constraints: server/graph/context.ts).
 * The API keeps their answer for 10 s, so a recorded request may or may not
 * include them; replaying them on every sample would charge the bare driver
 * for work the endpoint does not do per request.
 */
const VOCABULARY_REFRESH = [
  /^\s*CALL db\.labels\(\)/,
  /^\s*SHOW FULLTEXT INDEXES/,
  /^\s*SHOW CONSTRAINTS/,
];

/** The endpoint's own queries: what was recorded, less the vocabulary refresh. */
export function endpointQueries(queries: CapturedQuery[]): CapturedQuery[] {
  return queries.filter((q) => !VOCABULARY_REFRESH.some((re) => re.test(q.cypher)));
}

/** Runs the captured queries one after the other, as the API does. */
export async function replay(driver: Driver, queries: CapturedQuery[]): Promise<void> {
  for (const q of queries) {
    if (q.session) {
      const session = driver.session(q.session);
      try {
        await session.run(q.cypher, q.params, q.config as never);
      } finally {
        await session.close();
      }
    } else await driver.executeQuery(q.cypher, q.params, q.config as never);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

export interface Timing {
  samples: number;
  p50: number;
  p99: number;
}

export function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/**
 * Times `a` and `b` in alternation (a, b, b, a, …) up to `rounds` or `maxMs`.
 * A call that returns BUSY was turned away by the server: it is counted in
 * `busy`, not timed.
 */
export async function interleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  rounds: number,
  maxMs: number,
): Promise<{ a: Timing; b: Timing; busy: number }> {
  const ta: number[] = [];
  const tb: number[] = [];
  let busy = 0;
  const time = async (f: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    if ((await f()) === BUSY) busy++;
    else into.push(performance.now() - started);
  };
  const deadline = Date.now() + maxMs;
  for (let i = 0; i < rounds && Date.now() < deadline; i++) {
    if (i % 2 === 0) {
      await time(a, ta);
      await time(b, tb);
    } else {
      await time(b, tb);
      await time(a, ta);
    }
  }
  return { a: summarise(ta), b: summarise(tb), busy };
}

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
): Promise<
  { connections: number; requests: number; errors: number; busy: number; rps: number } & Timing
> {
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
