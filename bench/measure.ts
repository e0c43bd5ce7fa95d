import type { Driver, Session, SessionConfig } from 'neo4j-driver';
import { isTimedOut } from '../server/neo4j/errors.js';
import { BUSY } from './busy.js';

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

/**
 * Runs the captured queries one after the other, as the API does. A query
 * stopped at the time limit it was sent with goes on to the next, as the API
 * does with a path search that runs out of its share (an answer that says
 * it was cut): the floor then does the same work the endpoint did.
 */
export async function replay(driver: Driver, queries: CapturedQuery[]): Promise<void> {
  for (const q of queries) {
    try {
      await replayOne(driver, q);
    } catch (error) {
      if (!isTimedOut(error)) throw error;
    }
  }
}

async function replayOne(driver: Driver, q: CapturedQuery): Promise<void> {
  if (!q.session) {
    await driver.executeQuery(q.cypher, q.params, q.config as never);
    return;
  }
  const session = driver.session(q.session);
  try {
    await session.run(q.cypher, q.params, q.config as never);
  } finally {
    await session.close();
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
