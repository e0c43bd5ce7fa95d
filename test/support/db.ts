import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { SEED_LOAD_LABEL } from '../../server/graph/bookkeeping.js';
import { ensureSourceIndex } from '../../server/graph/source-index.js';
import { ident } from '../../core/dataset/profile.js';
import { createDriver } from '../../server/neo4j/driver.js';

/** A driver to the test run's Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver({
    uri: inject('neo4jUri'),
    username: inject('neo4jUser'),
    password: inject('neo4jPassword'),
  });
}

/**
 * Counts every node and relationship: a fingerprint to prove a graph did not
 * change. With `withoutPrivate`, the team's own records (accounts, sessions,
 * drafts: the _Private label) are left out, as the analyst sandbox's copy
 * leaves them out.
 */
export async function graphFingerprint(driver: Driver, withoutPrivate = false): Promise<string> {
  const where = withoutPrivate ? ' WHERE NOT n:_Private' : '';
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n)${where} RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (n)${where} UNWIND keys(n) AS k RETURN count(k) AS props }
     RETURN nodes + '/' + rels + '/' + props AS fingerprint`,
  );
  return String(records[0]?.get('fingerprint'));
}

/** What an analyst-query worker needs to reach the test run's Neo4j. */
export function testWorkerSettings() {
  return {
    uri: inject('neo4jUri'),
    username: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    database: undefined,
  };
}

/** Deletes a loaded dataset's nodes and the loader's record of loading it. */
export async function removeDataset(driver: Driver, dataset: string): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n._dataset = $d DETACH DELETE n', { d: dataset });
  await driver.executeQuery(`MATCH (m:${ident(SEED_LOAD_LABEL)} {dataset: $d}) DELETE m`, {
    d: dataset,
  });
  // As after a load: the index on links' sources names only the types left.
  await ensureSourceIndex(driver, undefined);
}
