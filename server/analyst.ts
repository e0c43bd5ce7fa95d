import type { Logger } from 'pino';
import type { Database } from './neo4j/connect.js';
import { createWorkerRunner, type AnalystRunner } from './query/runner.js';
import type { ServiceState } from './routes/api.js';

/**
 * The analyst-query runner as the product runs it: worker threads on their
 * own driver, admission limits, and what happens when a query will not stop
 * (health degraded; the Neo4j this process started is restarted).
 */
export function productAnalystRunner(
  db: Database,
  timeoutMs: number,
  logger: Logger,
  service: ServiceState,
): AnalystRunner {
  return createWorkerRunner({
    settings: { ...db.credentials, database: db.database },
    driver: db.driver,
    admission: { running: 2, perClient: 2, waiting: 4, waitMs: timeoutMs },
    onStuck: (queryId, ids) => {
      logger.error({ queryId, transactions: ids }, 'an analyst query would not stop');
      if (!db.local) {
        service.degraded = 'An analyst query kept running in Neo4j after it was terminated.';
        return;
      }
      service.degraded = 'Restarting Neo4j to stop an analyst query that would not end.';
      void db.restartLocal().finally(() => (service.degraded = undefined));
    },
    onError: (error) => logger.warn({ err: error }, 'analyst query runner'),
  });
}
