/**
 * Runs analysts' queries with a deadline the API always keeps. Each query
 * runs in a worker thread (worker.ts) with its own driver; the API's thread
 * only waits. At the deadline the client gets 504 at once, the worker is
 * terminated (closing its connection), the transaction is terminated in
 * Neo4j and checked gone; one that will not go is reported as stuck.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { QueryRequest, QueryResult } from '../../contract/index.js';
import { ApiError } from '../errors.js';
import type { Driver } from '../neo4j/driver.js';
import { fromRawNeo4jError } from '../neo4j/errors.js';
import { Admission, type AdmissionLimits } from './admission.js';
import type { QueryLimits } from './run.js';
import { terminateAnalystQuery } from './terminate.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './worker-protocol.js';

export interface AnalystRunner {
  run(request: QueryRequest, limits: QueryLimits, client: string): Promise<QueryResult>;
  close(): Promise<void>;
}

export interface WorkerRunnerOptions {
  settings: WorkerSettings;
  /** The app's own driver: used to terminate a query past its deadline. */
  driver: Driver;
  admission: AdmissionLimits;
  /** Extra time after the query's own limit before the API gives up on it. */
  graceMs?: number;
  /** How long a terminated transaction may linger before it counts as stuck. */
  stuckAfterMs?: number;
  onStuck?: (queryId: string, transactionIds: string[]) => void;
  onError?: (error: unknown) => void;
  /** Runs before each admitted query (the sandbox brings its copy up to date). */
  prepare?: () => Promise<void>;
}

/**
 * Run from the production build (compiled .js), a worker loads compiled
 * worker.js directly, with no TypeScript loader; run from the sources (tsx:
 * npm run dev, the tests), it boots through worker-boot.mjs, which registers tsx.
 */
const COMPILED = import.meta.url.endsWith('.js');
const BOOT = COMPILED
  ? new URL('./worker.js', import.meta.url)
  : new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./worker.ts', import.meta.url).href;

class DeadlinePassed extends Error {}

function startWorker(settings: WorkerSettings): Promise<Worker> {
  const worker = new Worker(BOOT, { workerData: { ...settings, entry: ENTRY } });
  worker.unref();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ApiError('BUSY', 'The query service is starting. Try again in a few seconds.'));
    }, 30_000);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve(worker);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function ask(worker: Worker, message: WorkerRequest, deadlineMs: number): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== message.id) return;
      done();
      resolve(reply);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = () => onError(new Error('the query worker exited'));
    const timer = setTimeout(() => {
      done();
      reject(new DeadlinePassed());
    }, deadlineMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(message);
  });
}

function fromReply(reply: WorkerReply): QueryResult {
  if (reply.ok) return reply.result;
  if ('error' in reply)
    throw new ApiError(reply.error.code, reply.error.message, reply.error.details);
  throw fromRawNeo4jError(reply.raw);
}

export function createWorkerRunner(options: WorkerRunnerOptions): AnalystRunner {
  const admission = new Admission(options.admission);
  const idle: Worker[] = [];
  const busy = new Set<Worker>();
  let nextId = 1;
  let closed = false;

  const acquire = async () => idle.pop() ?? (await startWorker(options.settings));
  const discard = (worker: Worker) => {
    busy.delete(worker);
    void worker.terminate();
  };

  const stopInDatabase = (queryId: string) => {
    terminateAnalystQuery(
      options.driver,
      options.settings.database,
      queryId,
      options.stuckAfterMs ?? 10_000,
    )
      .then((left) => {
        if (left.length > 0) options.onStuck?.(queryId, left);
      })
      .catch((error: unknown) => options.onError?.(error));
  };

  // One warm worker, so the first query does not pay for starting one.
  void acquire()
    .then((w) => (closed ? void w.terminate() : idle.push(w)))
    .catch((error: unknown) => options.onError?.(error));

  return {
    async run(request, limits, client) {
      if (closed) throw new ApiError('NEO4J_UNAVAILABLE', 'The server is shutting down.');
      const release = await admission.enter(client);
      const queryId = randomUUID();
      let worker: Worker | undefined;
      try {
        await options.prepare?.();
        worker = await acquire();
        busy.add(worker);
        const message = { id: nextId++, queryId, request, limits };
        const started = Date.now();
        const reply = await ask(worker, message, limits.timeoutMs + (options.graceMs ?? 1_000));
        busy.delete(worker);
        idle.push(worker);
        // An answer that came after the limit (within the grace) is still late.
        if (reply.ok && Date.now() - started > limits.timeoutMs) throw new DeadlinePassed();
        return fromReply(reply);
      } catch (error) {
        if (worker && busy.has(worker)) discard(worker);
        if (error instanceof DeadlinePassed) {
          stopInDatabase(queryId);
          throw new ApiError(
            'QUERY_TIMEOUT',
            'The query ran past its time limit and was stopped. Narrow it (labels, LIMIT, shorter patterns).',
          );
        }
        throw error;
      } finally {
        release();
      }
    },
    async close() {
      closed = true;
      await Promise.all([...idle, ...busy].map((w) => w.terminate()));
      idle.length = 0;
      busy.clear();
    },
  };
}

/** Runs queries in this thread: for tests and tools that need no isolation. */
export function inProcessRunner(
  run: (request: QueryRequest, limits: QueryLimits) => Promise<QueryResult>,
): AnalystRunner {
  return { run: (request, limits) => run(request, limits), close: () => Promise.resolve() };
}
