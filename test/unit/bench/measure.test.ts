import { describe, expect, it } from 'vitest';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { endpointQueries, percentile, recordingDriver, replay } from '../../../bench/measure.js';

/** A hand-written driver that notes how each query was sent. */
function fakeDriver(log: string[]): Driver {
  const fake = {
    executeQuery: (cypher: string) => {
      log.push(`executeQuery ${cypher}`);
      return Promise.resolve({ records: [] });
    },
    session: (config: { defaultAccessMode?: string }) => ({
      run: (cypher: string) => {
        log.push(`session(${config.defaultAccessMode ?? ''}) ${cypher}`);
        return Promise.resolve({ records: [] });
      },
      close: () => Promise.resolve(),
    }),
  };
  return fake as unknown as Driver;
}

const q = (cypher: string) => ({ cypher, params: {}, config: {} });

describe('endpointQueries', () => {
  it("drops the vocabulary refresh the API caches and keeps the endpoint's own queries", () => {
    const recorded = [
      q('CALL db.labels() YIELD label WITH collect(label) AS labels RETURN labels'),
      q('SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names'),
      q('  SHOW CONSTRAINTS YIELD entityType RETURN entityType'),
      q('MATCH (n {id: $id}) RETURN n'),
      q('CALL () { MATCH (m:_SeedLoad) RETURN m } RETURN 1'),
    ];
    expect(endpointQueries(recorded).map((x) => x.cypher)).toEqual([
      'MATCH (n {id: $id}) RETURN n',
      'CALL () { MATCH (m:_SeedLoad) RETURN m } RETURN 1',
    ]);
  });
});

describe('percentile', () => {
  it('reads the nearest rank of a sorted list', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 99)).toBe(4);
  });
});

describe('recordingDriver', () => {
  it('records a query sent in an auto-commit session and replays it in one, as health sends it', async () => {
    const apiLog: string[] = [];
    const recorder = recordingDriver(fakeDriver(apiLog));
    const queries = await recorder.record(async () => {
      const session = recorder.driver.session({ defaultAccessMode: 'READ' });
      await session.run('CALL dbms.components()');
      await recorder.driver.executeQuery('MATCH (n) RETURN count(n)');
    });
    expect(queries.map((x) => x.cypher)).toEqual([
      'CALL dbms.components()',
      'MATCH (n) RETURN count(n)',
    ]);
    const bareLog: string[] = [];
    await replay(fakeDriver(bareLog), queries);
    expect(bareLog).toEqual([
      'session(READ) CALL dbms.components()',
      'executeQuery MATCH (n) RETURN count(n)',
    ]);
  });
});

describe('replay at a time limit', () => {
  it('goes on past a query stopped at its time limit, as the API does with a path search cut short', async () => {
    const log: string[] = [];
    const driver = {
      executeQuery: (cypher: string) => {
        log.push(cypher);
        if (cypher === 'slow')
          return Promise.reject(
            new Neo4jError(
              'stopped',
              'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
              '',
              '',
            ),
          );
        return Promise.resolve({ records: [] });
      },
    } as unknown as Driver;
    await replay(driver, [q('slow'), q('next')]);
    expect(log).toEqual(['slow', 'next']);
  });

  it('still fails on any other error', async () => {
    const driver = {
      executeQuery: () =>
        Promise.reject(new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', '')),
    } as unknown as Driver;
    await expect(replay(driver, [q('x')])).rejects.toThrow('bad');
  });
});
