/**
 * An analyst-query worker thread: its own driver, its own event loop. A
 * query that returns a huge record or never ends blocks only this thread;
 * the API's thread keeps its deadline and can terminate this one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CodedError } from '../../core/errors.js';
import { createAnalystDriver } from '../neo4j/driver.js';
import { toRawNeo4jError } from '../neo4j/errors.js';
import { runReadOnlyQuery } from './run.js';
import { checkAnalystQuery } from '../../core/guard/guard.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './worker-protocol.js';

const settings = workerData as WorkerSettings;
const driver = createAnalystDriver(settings);

async function answer(message: WorkerRequest): Promise<WorkerReply> {
  try {
    const result = await runReadOnlyQuery(driver, settings.database, message.request, {
      ...message.limits,
      metadata: { analystQuery: message.queryId },
    });
    return { id: message.id, ok: true, result };
  } catch (error) {
    if (error instanceof CodedError) {
      return {
        id: message.id,
        ok: false,
        error: { code: error.code, message: error.message, details: error.details },
      };
    }
    // Sent as data: the parent decides (unavailable, or our bug).
    return { id: message.id, ok: false, raw: toRawNeo4jError(error) };
  }
}

parentPort?.on('message', (message: WorkerRequest) => {
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});
// The cost check's parser builds its tables on the first parse (about a
// second): pay for it here, before the worker says it is ready.
checkAnalystQuery(
  "MATCH (n)-[r]->(m) WHERE n.name =~ 'a.*' WITH n, [x IN range(1, 2) | x] AS l RETURN n.name + 'x', size(l)",
  {},
);
parentPort?.postMessage({ ready: true });
