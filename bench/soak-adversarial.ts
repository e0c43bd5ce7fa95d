/**
 * The adversarial soak: while one well-behaved client (a person clicking
 * through the explorer) measures its requests, others attack the server —
 * slow bodies, a connection flood from one address, two clients hogging the
 * heavy routes, bad encodings and bodies. Each attacker has a loopback
 * address of its own. Every loop stops at the deadline and at a count.
 */
import { Agent } from 'node:http';
import { open, repeat, send, slowBody, type Answer, type Target } from './adversary.js';

export interface AdversarialOptions {
  target: Target;
  seconds: number;
  /** Pause between the well-behaved client's requests, as a person reads. */
  thinkMs: number;
}

const PERSON_PATHS = [
  '/api/overview?limit=40',
  '/api/search?q=MEA',
  '/api/nodes/country:india',
  '/api/nodes/person:randhir-jaiswal/neighbors?limit=20',
  '/api/timeline',
  '/api/paths?from=person:randhir-jaiswal&to=company:hitachi',
  '/api/claims?conflicting=true',
  '/api/nodes/company:hitachi',
];

const HOG_PATHS = ['/api/paths?from=person:randhir-jaiswal&to=company:hitachi', '/api/timeline'];

const BAD_BODIES: { headers: Record<string, string>; body: string }[] = [
  { headers: { 'content-encoding': 'br' }, body: 'not brotli' },
  { headers: { 'content-encoding': 'deflate' }, body: 'not deflate' },
  { headers: { 'content-encoding': 'compress' }, body: 'not compress' },
  { headers: { 'content-encoding': 'gzip' }, body: 'not gzip' },
  { headers: {}, body: '{"cypher": nope' },
  {
    headers: {},
    body: `{"cypher":"RETURN $p","params":{"p":${'['.repeat(15_000)}${']'.repeat(15_000)}}}`,
  },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Statuses with the error code where there is one: "200", "429 RATE_LIMITED". */
function tally(answers: Answer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const key = a.code ? `${a.status} ${a.code}` : String(a.status);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

async function person(o: AdversarialOptions, deadline: number): Promise<Answer[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 6, localAddress: '127.0.0.20' });
  const answers: Answer[] = [];
  for (let i = 0; Date.now() < deadline && i < 100_000; i++) {
    answers.push(
      await send(o.target, PERSON_PATHS[i % PERSON_PATHS.length] ?? '/', {
        agent,
        localAddress: '127.0.0.20',
      }),
    );
    await new Promise((r) => setTimeout(r, o.thinkMs));
  }
  agent.destroy();
  return answers;
}

async function hog(o: AdversarialOptions, address: string, deadline: number): Promise<Answer[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 7, localAddress: address });
  const answers = await repeat(1_000_000, 7, deadline, (i) =>
    send(o.target, HOG_PATHS[i % HOG_PATHS.length] ?? '/', {
      agent,
      localAddress: address,
      timeoutMs: 30_000,
    }),
  );
  agent.destroy();
  return answers;
}

async function badBodies(o: AdversarialOptions, deadline: number): Promise<Answer[]> {
  return repeat(1_000_000, 2, deadline, (i) => {
    const bad = BAD_BODIES[i % BAD_BODIES.length] ?? { headers: {}, body: '' };
    return send(o.target, '/api/query', {
      localAddress: '127.0.0.14',
      headers: { 'content-type': 'application/json', ...bad.headers },
      body: bad.body,
    });
  });
}

/**
 * Keeps 64 connections from one address open, twice its cap, each asking
 * again every 2 s so that keep-alive keeps it; a closed or refused one is
 * replaced. Reports how many were accepted, refused, and the most open at once.
 */
async function connectionFlood(o: AdversarialOptions, deadline: number) {
  const tally = { accepted: 0, refused: 0, open: 0, mostOpen: 0 };
  const holdOne = async () => {
    const s = await open(o.target, '127.0.0.11');
    if (!s) return;
    s.on('error', () => undefined);
    const ask = () => s.write('GET /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const first = new Promise<string>((resolve) => {
      s.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1').slice(9, 12)));
      s.once('close', () => resolve(''));
    });
    ask();
    const status = await first;
    if (status !== '404') {
      if (status === '503') tally.refused++;
      s.destroy();
      return;
    }
    tally.accepted++;
    tally.open++;
    tally.mostOpen = Math.max(tally.mostOpen, tally.open);
    const keep = setInterval(ask, 2_000);
    await new Promise<void>((resolve) => {
      s.once('close', () => resolve());
      setTimeout(resolve, Math.max(0, deadline - Date.now()));
    });
    clearInterval(keep);
    tally.open--;
    s.destroy();
  };
  await repeat(100_000, 64, deadline, holdOne);
  return tally;
}

/** Bodies one byte a second from one address (fewer than its cap), each as long as the server lets it. */
async function slowBodies(o: AdversarialOptions, deadline: number) {
  const cuts = await repeat(10_000, 30, deadline, () =>
    slowBody(o.target, '127.0.0.10', 1_000, Math.max(0, deadline - Date.now())),
  );
  const closed = cuts.map((c) => c.closedAfterMs).filter((ms) => ms !== undefined);
  return { tried: cuts.length, closed: closed.length, closedAfterMs: closed.sort((a, b) => a - b) };
}

/** Deliberate answers to an over-cap or over-busy client: not failures. */
const isDeliberate = (a: Answer) => a.status === 503 && a.code === 'BUSY';

export async function runAdversarialSoak(o: AdversarialOptions) {
  // Warm Neo4j's plans and caches first: the attack is measured, not a cold start.
  for (const path of PERSON_PATHS) await send(o.target, path, { localAddress: '127.0.0.21' });
  const deadline = Date.now() + o.seconds * 1_000;
  const [quiet, slow, flood, hogA, hogB, bad] = await Promise.all([
    person(o, deadline),
    slowBodies(o, deadline),
    connectionFlood(o, deadline),
    hog(o, '127.0.0.12', deadline),
    hog(o, '127.0.0.13', deadline),
    badBodies(o, deadline),
  ]);
  const all = [...quiet, ...hogA, ...hogB, ...bad];
  const ms = quiet.filter((a) => a.status === 200).map((a) => a.ms);
  ms.sort((a, b) => a - b);
  return {
    person: {
      requests: quiet.length,
      served: ms.length,
      statuses: tally(quiet),
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
    },
    hogs: { statuses: tally([...hogA, ...hogB]) },
    badBodies: { statuses: tally(bad) },
    flood,
    slow: {
      tried: slow.tried,
      closed: slow.closed,
      closedAfterMsP50: percentile(slow.closedAfterMs, 50),
    },
    deliberate503: all.filter(isDeliberate).length + flood.refused,
    unexpected5xx: all.filter((a) => (a.status >= 500 || a.status === 0) && !isDeliberate(a))
      .length,
  };
}
