import type { Driver } from 'neo4j-driver';
import type { BenchCase } from './cases.js';
import { profileQueries, type QueryProfile } from './profile.js';
import type { SizeName, SyntheticGraph } from './generate/graph.js';
import { request } from 'node:http';
import { BUSY } from './busy.js';
import { call, encodeQueries, inChild, type ThroughputResult as Load } from './load-client.js';
import {
  endpointQueries,
  type CapturedQuery,
  type Timing,
  type recordingDriver,
} from './measure.js';

/** Where the load client's own driver connects, for the bare-driver floor. */
export interface Neo4jLogin {
  uri: string;
  username: string;
  password: string;
}

export interface CaseResult {
  name: string;
  /** Set when the endpoint failed; the case is then not timed. */
  error?: string;
  node?: 'hub' | 'leaf' | undefined;
  path: string;
  status: number;
  /** Bytes on the wire and decoded, with the encoding the server chose. */
  wireBytes: number | null;
  bytes: number;
  encoding: string | null;
  /** The first request, before any cache or JIT warm-up. */
  firstMs: number;
  queries: number;
  profile: QueryProfile[];
  api: Timing;
  driver: Timing;
  /** API answers 503 BUSY (with Retry-After) during the timed rounds: not samples, not errors. */
  busy: number;
}

const plan = {
  small: { rounds: 40, caseMs: 10_000, seconds: 4 },
  medium: { rounds: 60, caseMs: 25_000, seconds: 6 },
  large: { rounds: 60, caseMs: 40_000, seconds: 8 },
} as const;

/**
 * The body's bytes as they cross the wire, counted as they arrive (fetch
 * decodes gzip, and a chunked answer has no content-length), with the
 * encoding the server chose for a client that accepts gzip.
 */
function onTheWire(
  base: string,
  c: BenchCase,
): Promise<{ wireBytes: number; encoding: string | null }> {
  const body = c.body ? JSON.stringify(c.body) : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${c.path}`,
      {
        method: body ? 'POST' : 'GET',
        timeout: 60_000,
        headers: {
          'accept-encoding': 'gzip',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let wireBytes = 0;
        res.on('data', (chunk: Buffer) => (wireBytes += chunk.length));
        res.on('end', () => {
          const encoding = res.headers['content-encoding'];
          resolve({ wireBytes, encoding: typeof encoding === 'string' ? encoding : null });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${c.path}: no answer in 60 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The first request plans every query in Neo4j; on a busy machine that can
 * pass the API's time limit. Plans are cached, so it is tried up to three
 * times before the case counts as failed.
 */
async function firstCall(base: string, c: BenchCase) {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await call(base, c);
      if (answer !== BUSY) return answer;
      if (attempt >= 3) throw new Error(`${c.path} answered 503 BUSY ${attempt} times`);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** The queries one request sends, recorded; a BUSY answer sent none, so it is tried again (three times at most). */
async function recordQueries(
  base: string,
  recorder: ReturnType<typeof recordingDriver>,
  c: BenchCase,
): Promise<CapturedQuery[]> {
  for (let attempt = 1; ; attempt++) {
    let answer: Awaited<ReturnType<typeof call>> = BUSY;
    const queries = await recorder.record(async () => void (answer = await call(base, c)));
    if (answer !== BUSY) return queries;
    if (attempt >= 3) throw new Error(`${c.path} answered 503 BUSY ${attempt} times`);
  }
}

export async function measureCases(
  base: string,
  recorder: ReturnType<typeof recordingDriver>,
  driver: Driver,
  login: Neo4jLogin,
  cases: BenchCase[],
  size: SizeName,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    try {
      results.push(await measureCase(base, recorder, { driver, login }, c, size));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`${c.name}${c.node ? ` (${c.node})` : ''}: FAILED ${message}`);
      results.push({
        name: c.name,
        node: c.node,
        path: c.path,
        error: message.slice(0, 300),
        status: 0,
        wireBytes: null,
        bytes: 0,
        encoding: null,
        firstMs: NaN,
        queries: 0,
        profile: [],
        api: untimed,
        driver: untimed,
        busy: 0,
      });
    }
  }
  return results;
}

const untimed: Timing = { samples: 0, p50: NaN, p99: NaN };

async function measureCase(
  base: string,
  recorder: ReturnType<typeof recordingDriver>,
  db: { driver: Driver; login: Neo4jLogin },
  c: BenchCase,
  size: SizeName,
): Promise<CaseResult> {
  const { rounds, caseMs } = plan[size];
  const started = performance.now();
  const first = await firstCall(base, c);
  const firstMs = performance.now() - started;
  let queries: CapturedQuery[] = endpointQueries(await recordQueries(base, recorder, c));
  // The analyst endpoint runs its query in its own session: replay the text.
  if (c.body && queries.length === 0) {
    queries = [{ cypher: c.body.cypher, params: {}, config: { routing: 'READ' } }];
  }
  // API and bare driver timed alike from the load client's own process (load-client.ts).
  const timing = await inChild<{ api: Timing; driver: Timing; busy: number }>(
    {
      kind: 'interleaved',
      base,
      call: { path: c.path, body: c.body },
      queries: encodeQueries(queries),
      neo4j: db.login,
      warm: 3,
      rounds,
      maxMs: caseMs,
    },
    caseMs + 120_000,
  );
  const result = {
    name: c.name,
    node: c.node,
    path: c.path,
    ...first,
    ...(await onTheWire(base, c)),
    firstMs,
    queries: queries.length,
    profile: await profileQueries(db.driver, queries),
    api: timing.api,
    driver: timing.driver,
    busy: timing.busy,
  };
  console.log(
    `${`${c.name}${c.node ? ` (${c.node})` : ''}`.padEnd(28)} api p50 ${result.api.p50.toFixed(1)} ms, driver p50 ${result.driver.p50.toFixed(1)} ms${result.busy ? `, ${result.busy} busy` : ''}`,
  );
  return result;
}

export interface ThroughputResult {
  what: string;
  connections: number;
  requests: number;
  errors: number;
  /** Answers 503 BUSY with Retry-After: the client waited as told; not errors, not samples. */
  busy: number;
  rps: number;
  p50: number;
  p99: number;
}

/**
 * Requests per second at 1, 8 and 32 connections on a leaf's and a hub's
 * details, then leaf requests while two clients ask for the hub's depth-2
 * neighbourhood (the costliest per-node request).
 */
export async function measureThroughput(
  base: string,
  picks: SyntheticGraph['picks'],
  size: SizeName,
): Promise<ThroughputResult[]> {
  const { seconds } = plan[size];
  const out: ThroughputResult[] = [];
  const limitMs = seconds * 1000 + 60_000;
  for (const [what, id] of [
    ['leaf details', picks.leaf],
    ['hub details', picks.hub],
    ['hub neighbours depth 2', picks.hub],
  ] as const) {
    const suffix = what.includes('neighbours') ? '/neighbors?depth=2&limit=200' : '';
    for (const connections of [1, 8, 32]) {
      const urls = [`${base}/api/nodes/${id}${suffix}`];
      const r = await inChild<Load & Timing>(
        { kind: 'throughput', urls, connections, seconds },
        limitMs,
      );
      out.push({ what, ...r });
      console.log(
        `${what} × ${connections}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99.toFixed(1)} ms${r.busy ? `, ${r.busy} busy` : ''}`,
      );
    }
  }
  // Both loads from one child, at the same time, as two kinds of client would send them.
  const [leaf, hubs] = await inChild<[Load & Timing, Load & Timing]>(
    {
      kind: 'parallel',
      seconds,
      loads: [
        { urls: [`${base}/api/nodes/${picks.leaf}`], connections: 1 },
        { urls: [`${base}/api/nodes/${picks.hub}/neighbors?depth=2&limit=200`], connections: 2 },
      ],
    },
    limitMs,
  );
  if (leaf) out.push({ what: 'leaf details beside 2 hub-neighbours clients', ...leaf });
  if (hubs) out.push({ what: 'hub neighbours depth 2 beside 1 leaf client', ...hubs });
  return out;
}
