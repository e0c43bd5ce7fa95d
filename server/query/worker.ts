/**
 * An analyst-query worker thread: its own driver, its own event loop. A
 * query that returns a huge record or never ends blocks only this thread;
 * the API's thread keeps its deadline and can terminate this one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { CodedError } from '../../core/errors.js';
import { runReadOnlyQuery } from './run.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './worker-protocol.js';

const settings = workerData as WorkerSettings;
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  maxConnectionPoolSize: 2,
  userAgent: 'rare-earth-graph/analyst-worker',
});

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
    const e = error as { code?: unknown; message?: unknown; retriable?: unknown };
    return {
      id: message.id,
      ok: false,
      raw: {
        code: typeof e.code === 'string' ? e.code : 'N/A',
        message: typeof e.message === 'string' ? e.message : String(error),
        retriable: e.retriable === true,
      },
    };
  }
}

parentPort?.on('message', (message: WorkerRequest) => {
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage({ ready: true });
