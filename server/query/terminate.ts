import type { Driver } from '../neo4j/driver.js';
import { runQuery } from '../neo4j/execute.js';

/** Ids of the transactions tagged with this analyst query, still running. */
async function taggedTransactions(
  driver: Driver,
  database: string | undefined,
  queryId: string,
): Promise<string[]> {
  const { records } = await runQuery(
    driver,
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE metaData.analystQuery = $queryId
     RETURN transactionId`,
    { queryId },
    { database },
  );
  return records.map((r) => String(r.get('transactionId')));
}

/**
 * Terminates the transactions of one analyst query and checks that they
 * are gone. Returns the ids still running after `graceMs` (an expression
 * that never checks for termination keeps its transaction alive).
 */
export async function terminateAnalystQuery(
  driver: Driver,
  database: string | undefined,
  queryId: string,
  graceMs: number,
): Promise<string[]> {
  const deadline = Date.now() + graceMs;
  for (let attempt = 0; attempt < 50; attempt++) {
    const ids = await taggedTransactions(driver, database, queryId);
    if (ids.length === 0) return [];
    if (Date.now() > deadline) return ids;
    await runQuery(driver, 'TERMINATE TRANSACTIONS $ids', { ids }, { database });
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * (attempt + 1))));
  }
  return taggedTransactions(driver, database, queryId);
}
