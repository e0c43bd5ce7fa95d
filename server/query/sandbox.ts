/**
 * The analysts' sandbox: a second, small local Neo4j holding a read-only
 * copy of the explorer's graph, where every analyst query runs. A query
 * that slips past the guard and fills the heap or will not stop takes down
 * only this copy: the supervisor restarts it alone while the explorer's
 * database keeps answering. It runs at a lower CPU priority, sized for one
 * processor, so a runaway cannot starve the explorer's requests either.
 */
import path from 'node:path';
import { createGraphContext } from '../graph/context.js';
import { loadStamp } from '../graph/load-cache.js';
import { defaultProfile } from '../../core/dataset/profile.js';
import { ApiError } from '../errors.js';
import { createDriver, type Driver } from '../neo4j/driver.js';
import { isUnavailable } from '../neo4j/errors.js';
import { copyGraph } from '../neo4j/graph-copy.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../neo4j/local-server.js';
import { supervise } from '../neo4j/supervisor.js';
import type { WorkerSettings } from './worker-protocol.js';

export interface SandboxOptions {
  /** The explorer's database, whose graph the sandbox copies. */
  main: { driver: Driver; database: string | undefined };
  /** Data folder of the explorer's local Neo4j; the sandbox's sits beside it. */
  mainDataDir: string;
  heapMb: number;
  log: (message: string) => void;
  /** How long a checked copy is trusted before the stamps are compared again. */
  recheckMs?: number;
}

export interface AnalystSandbox {
  /** What an analyst worker needs to log in to the sandbox. */
  settings: WorkerSettings;
  /** The sandbox's own driver: terminating queries, copying. */
  driver: Driver;
  /** Copies the explorer's graph when a load changed it since the last copy. */
  ensureCurrent(): Promise<void>;
  /** True when the sandbox's Neo4j exited (out of memory, killed) at or after `since`. */
  exitedSince(since: number): boolean;
  /** Stops the sandbox's Neo4j; its supervisor starts it again. */
  restart(): Promise<void>;
  readonly restarts: number;
  close(): Promise<void>;
}

function unavailable(): ApiError {
  return new ApiError(
    'NEO4J_UNAVAILABLE',
    'The analyst sandbox is not answering (it may be starting again). Try again in a few seconds; the explorer keeps working meanwhile.',
  );
}

export function sandboxDataDir(mainDataDir: string): string {
  return `${path.resolve(mainDataDir)}-analyst`;
}

export async function startAnalystSandbox(options: SandboxOptions): Promise<AnalystSandbox> {
  const neo4jOptions: LocalNeo4jOptions = {
    dataDir: sandboxDataDir(options.mainDataDir),
    port: 0,
    heapMb: options.heapMb,
    // Below the heap, so Neo4j's own cap stops most queries before the JVM runs out.
    txMemoryMb: Math.max(32, Math.floor(options.heapMb / 3)),
    pageCacheMb: 64,
    background: { processors: 1, niceness: 10 },
    log: (m) => options.log(`Analyst sandbox: ${m}`),
  };
  const first = await startLocalNeo4j(neo4jOptions);
  let lastExit = 0;
  let up = true;
  const watchExit = (exited: Promise<void>) =>
    void exited.then(() => {
      lastExit = Date.now();
      up = false;
    });
  watchExit(first.exited);
  const supervisor = supervise(
    first,
    async () => {
      const next = await startLocalNeo4j({ ...neo4jOptions, port: first.port });
      watchExit(next.exited);
      up = true;
      return next;
    },
    options.log,
  );
  const settings = { uri: first.uri, username: first.username, password: first.password };
  const driver = createDriver(settings);
  const copy = currentCopy(options, driver, options.recheckMs ?? 2_000);
  const whenUp = async () => {
    // A restart takes seconds: wait for it rather than fail at once, within a bound.
    for (let i = 0; i < 100 && !up; i++) await new Promise((r) => setTimeout(r, 100));
    if (!up) throw unavailable();
  };
  return {
    settings: { ...settings, database: undefined },
    driver,
    ensureCurrent: async () => {
      await whenUp();
      await copy();
    },
    exitedSince: (since) => lastExit >= since,
    restart: () => supervisor.restart(),
    get restarts() {
      return supervisor.restarts;
    },
    async close() {
      await driver.close();
      await supervisor.stop();
    },
  };
}

/**
 * Keeps the copy in step: compares the explorer's load stamp (its loads
 * and counts, see load-cache.ts) with the sandbox's, at most once per
 * `recheckMs`, and copies when they differ. Callers share one copy in flight.
 */
function currentCopy(options: SandboxOptions, driver: Driver, recheckMs: number) {
  const mainCtx = createGraphContext(options.main.driver, options.main.database, defaultProfile);
  const copyCtx = createGraphContext(driver, undefined, defaultProfile);
  let checkedAt = 0;
  let running: Promise<void> | undefined;
  const check = async () => {
    const [want, have] = await Promise.all([loadStamp(mainCtx), loadStamp(copyCtx)]);
    if (want !== have) {
      const started = Date.now();
      const counts = await copyGraph(options.main, { driver, database: undefined });
      options.log(
        `Analyst sandbox: copied ${counts.nodes} nodes, ${counts.relationships} relationships and ${counts.schema} indexes in ${Date.now() - started} ms.`,
      );
    }
    checkedAt = Date.now();
  };
  return async () => {
    if (Date.now() - checkedAt < recheckMs) return;
    running ??= check().finally(() => (running = undefined));
    try {
      await running;
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  };
}
