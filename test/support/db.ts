import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/neo4j/driver.js';

/** A driver to the test run's Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver({
    uri: inject('neo4jUri'),
    username: inject('neo4jUser'),
    password: inject('neo4jPassword'),
  });
}

/** Counts every node and relationship: a fingerprint to prove a graph did not change. */
export async function graphFingerprint(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (n) UNWIND keys(n) AS k RETURN count(k) AS props }
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
