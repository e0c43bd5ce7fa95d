// Health on a hand-written fake driver: it must ask Neo4j once and say at
// once that it is unreachable, never wait on the driver's retries.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Driver } from '../../../../server/neo4j/driver.js';
import { readHealth } from '../../../../server/graph/health.js';

interface Calls {
  runs: number;
  closed: number;
  executeQuery: number;
  modes: string[];
}

/** A driver whose sessions fail every statement as a lost connection does. */
function unreachableDriver(): { driver: Driver; calls: Calls } {
  const calls: Calls = { runs: 0, closed: 0, executeQuery: 0, modes: [] };
  const unavailable = new Neo4jError('connection refused', 'ServiceUnavailable', '', '');
  const fake = {
    session(config: { defaultAccessMode?: string }) {
      calls.modes.push(config.defaultAccessMode ?? 'WRITE');
      return {
        run() {
          calls.runs++;
          return Promise.reject(unavailable);
        },
        close() {
          calls.closed++;
          return Promise.resolve();
        },
      };
    },
    executeQuery() {
      calls.executeQuery++;
      return Promise.reject(unavailable);
    },
  };
  return { driver: fake as unknown as Driver, calls };
}

describe('readHealth', () => {
  it('answers unavailable after one attempt, without the retrying executeQuery', async () => {
    const { driver, calls } = unreachableDriver();
    const health = await readHealth(driver, undefined);
    expect(health.status).toBe('unavailable');
    expect(calls).toEqual({ runs: 1, closed: 1, executeQuery: 0, modes: ['READ'] });
  });
});
