// The analyst-query runner on the real Neo4j: worker threads, a deadline
// the API keeps whatever the database does, and termination checked in
// Neo4j itself through SHOW TRANSACTIONS.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerRunner, type AnalystRunner } from '../../../../server/query/runner.js';
import { testDriver, testWorkerSettings } from '../../../support/db.js';

let driver: Driver;
let runner: AnalystRunner;
const stuck: string[] = [];

beforeAll(() => {
  driver = testDriver();
  runner = createWorkerRunner({
    settings: testWorkerSettings(),
    driver,
    admission: { running: 2, perClient: 2, waiting: 2, waitMs: 5_000 },
    // The API gives up 3 s before the database's own limit, so that the
    // API's deadline, not Neo4j's timeout, is what this file tests.
    graceMs: -3_000,
    stuckAfterMs: 5_000,
    onStuck: (id) => stuck.push(id),
  });
});

afterAll(async () => {
  await runner.close();
  await driver.close();
});

const runningAnalystQueries = async () => {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD metaData WHERE metaData.analystQuery IS NOT NULL RETURN count(*) AS n`,
  );
  return Number(records[0]?.get('n'));
};

const limits = { timeoutMs: 4_000, rowCap: 100 };
// For answers that must arrive: room for a worker to start on a busy machine.
const roomy = { timeoutMs: 20_000, rowCap: 100 };

describe('the worker runner', () => {
  it('answers a read in a worker thread', async () => {
    const result = await runner.run(
      { cypher: 'MATCH (p:Person) RETURN p.name AS name LIMIT 2', params: {} },
      roomy,
      'a',
    );
    expect(result.rows).toHaveLength(2);
  });

  it('carries a refusal from the worker as the same API error', async () => {
    await expect(
      runner.run({ cypher: 'CREATE (n)', params: {} }, roomy, 'a'),
    ).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
  });

  it('answers 504 at its own deadline and leaves no transaction running', async () => {
    const started = Date.now();
    await expect(
      runner.run(
        {
          cypher:
            'MATCH (a), (b), (c), (d) WHERE a.name < b.name + c.name + d.name RETURN count(*) AS n',
          params: {},
        },
        limits,
        'a',
      ),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(limits.timeoutMs - 3_000 + 1_000);
    await expect.poll(runningAnalystQueries, { timeout: 8_000, interval: 250 }).toBe(0);
    expect(stuck).toEqual([]);
  });

  it('still answers after a worker was terminated', async () => {
    const result = await runner.run({ cypher: 'RETURN 1 AS one', params: {} }, roomy, 'a');
    expect(result.rows).toEqual([{ one: 1 }]);
  });

  it('turns away a third query from one client while two run', async () => {
    const slow = {
      cypher:
        'MATCH (a), (b), (c), (d) WHERE a.name < b.name + c.name + d.name RETURN count(*) AS n',
      params: {},
    };
    const first = runner.run(slow, limits, 'greedy').catch((e: unknown) => e);
    const second = runner.run(slow, limits, 'greedy').catch((e: unknown) => e);
    await expect(runner.run(slow, limits, 'greedy')).rejects.toMatchObject({ code: 'BUSY' });
    await Promise.all([first, second]);
  });
});
