import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { schemaFile } from '../../server/project-paths.js';
import { DATASET_PROPERTY, SEED_LOAD_LABEL } from '../../server/loader/loader.js';
import { splitStatements } from '../../core/cypher/text.js';
import { ensureSourceIndex } from '../../server/graph/source-index.js';
import { labelOfPrefix, type SyntheticGraph } from './graph.js';

const labelOf = (id: string) => labelOfPrefix[id.split(':')[0] ?? ''] ?? 'Event';

const BATCH = 5_000;
const DATASET = 'bench';

const label = (names: string[]) => names.map((l) => `\`${l}\``).join(':');
const dateOf = (key: string) =>
  `n.${key} = CASE WHEN row.${key} IS NULL THEN null ELSE date(row.${key}) END`;

export interface LoadStats {
  nodes: number;
  relationships: number;
  millis: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/**
 * Loads a synthetic graph the fast way: the project's schema first, then
 * batches of parameterised UNWIND (one query text per label set or type,
 * so Neo4j plans each once), one transaction per batch.
 */
export async function loadGraph(driver: Driver, graph: SyntheticGraph): Promise<LoadStats> {
  for (const s of splitStatements(readFileSync(schemaFile, 'utf8'))) {
    await driver.executeQuery(s.text);
  }
  await driver.executeQuery('CALL db.awaitIndexes(120)');
  const started = performance.now();
  let nodes = 0;
  for (const group of graph.nodes) {
    const cypher = `UNWIND $rows AS row CREATE (n:${label(group.labels)})
      SET n = row, n.${DATASET_PROPERTY} = '${DATASET}'
      SET ${dateOf('date')}, ${dateOf('endDate')}, ${dateOf('firstReported')}`;
    for (let i = 0; i < group.rows.length; i += BATCH) {
      await driver.executeQuery(cypher, { rows: group.rows.slice(i, i + BATCH) });
    }
    nodes += group.rows.length;
  }
  let relationships = 0;
  for (const group of graph.rels) {
    // Endpoints are found through their label's id index (the id's prefix
    // names the label), so rows are split by the pair of labels.
    const byLabels = new Map<string, typeof group.rows>();
    for (const row of group.rows) {
      const key = `${labelOf(row.from)}|${labelOf(row.to)}`;
      const rows = byLabels.get(key) ?? [];
      rows.push(row);
      byLabels.set(key, rows);
    }
    for (const [key, rows] of byLabels) {
      const [from, to] = key.split('|');
      const cypher = `UNWIND $rows AS row
        MATCH (a:\`${from}\` {id: row.from}), (b:\`${to}\` {id: row.to})
        CREATE (a)-[r:\`${group.type}\`]->(b) SET r = row.props`;
      for (let i = 0; i < rows.length; i += BATCH) {
        await driver.executeQuery(cypher, { rows: rows.slice(i, i + BATCH) });
      }
    }
    relationships += group.rows.length;
  }
  await driver.executeQuery(
    `MERGE (m:${SEED_LOAD_LABEL} {dataset: $dataset})
     SET m.checksum = $checksum, m.loadedAt = datetime()`,
    { dataset: DATASET, checksum: `synthetic-${nodes}-${relationships}` },
  );
  await ensureSourceIndex(driver, undefined);
  const millis = performance.now() - started;
  await driver.executeQuery('CALL db.awaitIndexes(600)');
  return {
    nodes,
    relationships,
    millis,
    nodesPerSecond: nodes / (millis / 1000),
    relationshipsPerSecond: relationships / (millis / 1000),
  };
}
