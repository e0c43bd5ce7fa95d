import type { Logger } from 'pino';
import type { Database } from './neo4j/connect.js';
import { ApiError } from './errors.js';
import type { AnalystSandbox } from './query/sandbox.js';
import { createWorkerRunner, type AnalystRunner } from './query/runner.js';
import type { ServiceState } from './routes/api.js';

/**
 * The analyst-query runner as the product runs it: worker threads on their
 * own driver, admission limits, and what happens when a query will not stop.
 * With a sandbox, queries run there and a runaway restarts only the sandbox;
 * without one (a database named by NEO4J_URI), they run on the explorer's
 * database and a stuck one turns health degraded.
 */
export function productAnalystRunner(
  db: Database,
  timeoutMs: number,
  logger: Logger,
  service: ServiceState,
  sandbox?: AnalystSandbox,
): AnalystRunner {
  const runner = createWorkerRunner({
    settings: sandbox?.settings ?? { ...db.credentials, database: db.database },
    driver: sandbox?.driver ?? db.driver,
    admission: { running: 2, perClient: 2, waiting: 4, waitMs: timeoutMs },
    prepare: sandbox ? () => sandbox.ensureCurrent() : undefined,
    onStuck: (queryId, ids) => {
      logger.warn({ queryId, transactions: ids }, 'an analyst query would not stop');
      if (sandbox) {
        void sandbox.restart();
        return;
      }
      if (!db.local) {
        service.degraded = 'An analyst query kept running in Neo4j after it was terminated.';
        return;
      }
      service.degraded = 'Restarting Neo4j to stop an analyst query that would not end.';
      void db.restartLocal().finally(() => (service.degraded = undefined));
    },
    onError: (error) => logger.warn({ err: error }, 'analyst query runner'),
  });
  if (!sandbox) return runner;
  return {
    close: () => runner.close(),
    async run(request, limits, client) {
      const started = Date.now();
      try {
        return await runner.run(request, limits, client);
      } catch (error) {
        throw await sandboxFailure(error, sandbox, started);
      }
    },
  };
}

/** A sandbox that died under a query was killed by that query: the analyst's to narrow. */
async function sandboxFailure(
  error: unknown,
  sandbox: AnalystSandbox,
  started: number,
): Promise<unknown> {
  if (!(error instanceof ApiError) || error.code !== 'NEO4J_UNAVAILABLE') return error;
  // The lost connection can be seen a moment before the process's exit.
  for (let i = 0; i < 10 && !sandbox.exitedSince(started); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  if (sandbox.exitedSince(started))
    return new ApiError(
      'QUERY_TOO_LARGE',
      'The query used more memory than the analyst sandbox has, which stopped it; the explorer was not affected. The sandbox is back within seconds: narrow the query (fewer rows, shorter lists and strings) and run it again.',
    );
  return new ApiError(
    'NEO4J_UNAVAILABLE',
    'The analyst sandbox is not answering (it may be starting again). Try again in a few seconds; the explorer keeps working meanwhile.',
  );
}
