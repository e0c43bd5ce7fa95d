import type { LocalNeo4j } from './local-server.js';

export interface Supervisor {
  /** Stops the current Neo4j; the supervisor starts it again. */
  restart(): Promise<void>;
  /** Stops for good. */
  stop(): Promise<void>;
  /** Restarts so far, for the log and the tests. */
  readonly restarts: number;
}

/**
 * Keeps the project's own Neo4j running: when its process dies (killed, out
 * of memory), starts it again on the same port and data folder, with a
 * backoff, so the driver reconnects and the API recovers without a restart.
 */
export function supervise(
  first: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  log: (message: string) => void,
  backoffMs: readonly number[] = [250, 1_000, 2_000, 5_000, 10_000],
): Supervisor {
  let current = first;
  let stopped = false;
  let restarts = 0;

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then(() => {
      if (!stopped) void revive(0);
    });
  };

  const revive = async (attempt: number): Promise<void> => {
    const wait = backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 1_000;
    log(`Neo4j stopped unexpectedly; starting it again in ${wait} ms (attempt ${attempt + 1}).`);
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (stopped) return;
    try {
      current = await start();
      restarts++;
      log('Neo4j is running again.');
      watch(current);
    } catch (error) {
      log(
        `Neo4j did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
      if (attempt < 20) await revive(attempt + 1);
    }
  };

  watch(first);
  return {
    get restarts() {
      return restarts;
    },
    async restart() {
      const before = restarts;
      await current.stop();
      // Wait (bounded) for the watcher to bring it back.
      for (let i = 0; i < 600 && restarts === before && !stopped; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      stopped = true;
      await current.stop();
    },
  };
}
