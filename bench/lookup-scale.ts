// npm run bench:lookup: finding a node by id in a large graph, the way every
// node, neighbourhood and path request starts. Compares, in one run on one
// throwaway Neo4j, the all-nodes scan (the fallback for datasets without
// constraints) with the per-label index lookup that matchById builds when
// every label has a uniqueness constraint on id. Reports the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { matchById } from '../server/graph/context.js';
import { createDriver } from '../server/neo4j/driver.js';
import { startLocalNeo4j } from '../server/neo4j/local-server.js';

const NODES = Number(process.env.BENCH_NODES ?? 200_000);
const LOOKUPS = 30;
const LABELS = ['Alpha', 'Beta', 'Gamma', 'Delta'];

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reg-bench-lookup-'));
  const neo4j = await startLocalNeo4j({ dataDir, port: 0 });
  const driver = createDriver({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
  });
  try {
    for (const label of LABELS) {
      await driver.executeQuery(
        `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run.
    const session = driver.session();
    try {
      await session.run(
        `UNWIND range(0, $n - 1) AS i
         CALL (i) {
           WITH i, $labels[i % size($labels)] AS label
           CREATE (x:$(label) {id: 'syn:' + i, name: 'Node ' + i})
         } IN TRANSACTIONS OF 10000 ROWS`,
        { n: NODES, labels: LABELS },
      );
    } finally {
      await session.close();
    }

    const time = async (cypher: string) => {
      const times: number[] = [];
      for (let i = 0; i < LOOKUPS; i++) {
        const id = `syn:${(i * 7919) % NODES}`;
        const started = performance.now();
        const { records } = await driver.executeQuery(
          `${cypher} RETURN n.name AS name`,
          { id },
          { routing: 'READ' },
        );
        if (records.length !== 1) throw new Error(`lookup of ${id} found ${records.length} nodes`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] ?? NaN;
    };
    const scan = matchById({ labels: LABELS, idLabels: [] }, 'n');
    const indexed = matchById({ labels: LABELS, idLabels: LABELS }, 'n');
    await time(scan);
    await time(indexed); // warm both plans
    const scanMs = await time(scan);
    const indexedMs = await time(indexed);
    console.log(`${NODES} nodes, ${LOOKUPS} lookups each, median:`);
    console.log(`  all-nodes scan (baseline)   ${scanMs.toFixed(2)} ms`);
    console.log(
      `  per-label index lookup      ${indexedMs.toFixed(2)} ms   = ${(indexedMs / scanMs).toFixed(3)} × baseline`,
    );
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
