/**
 * A loaded dataset read back whole as the contract's Graph, for the GEXF and
 * FollowTheMoney exports of `npm run seed -- --export=<file>`. Bounded: a
 * dataset larger than the cap is refused with what to do, not half-written.
 */
import { writeFileSync } from 'node:fs';
import type { Graph } from '../../contract/index.js';
import { toGexf } from '../../core/import/gexf-out.js';
import { toFtm } from '../../core/import/ftm-out.js';
import { StartupError } from '../errors.js';
import { GraphCollector } from '../neo4j/convert.js';
import type { Driver } from '../neo4j/driver.js';

const MAX_NODES = 250_000;

export async function readDatasetGraph(
  driver: Driver,
  database: string | undefined,
  dataset: string,
): Promise<Graph> {
  const count = await driver.executeQuery(
    'MATCH (n) WHERE n._dataset = $dataset RETURN count(n) AS n',
    { dataset },
    { database, routing: 'READ' },
  );
  const total = Number(count.records[0]?.get('n') ?? 0);
  if (total > MAX_NODES) {
    throw new StartupError(
      'SEED_FAILED',
      `The dataset "${dataset}" holds ${total} nodes, more than the ${MAX_NODES} an export writes at once.`,
      'Export a selection from the explorer instead.',
    );
  }
  const collector = new GraphCollector();
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE n._dataset = $dataset RETURN n',
    { dataset },
    { database, routing: 'READ' },
  );
  for (const r of nodes.records) collector.add(r.get('n'));
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a._dataset = $dataset AND b._dataset = $dataset RETURN r',
    { dataset },
    { database, routing: 'READ' },
  );
  for (const r of rels.records) collector.add(r.get('r'));
  return collector.build();
}

/** Writes the dataset as GEXF (`.gexf`) or FollowTheMoney JSON lines (anything else); returns what it said. */
export async function exportDataset(
  driver: Driver,
  database: string | undefined,
  dataset: { name: string; title?: string | undefined },
  file: string,
): Promise<string> {
  const graph = await readDatasetGraph(driver, database, dataset.name);
  if (/\.gexf$/i.test(file)) {
    writeFileSync(file, toGexf(graph, dataset.title ?? dataset.name));
    return `Wrote ${graph.nodes.length} nodes and ${graph.edges.length} relationships as GEXF to ${file}`;
  }
  const { lines, unmapped } = toFtm(graph);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const note = unmapped.length
    ? `; no FollowTheMoney schema for ${unmapped.join(', ')} (written as ${'Thing'}s with their kind in notes)`
    : '';
  return `Wrote ${lines.length} FollowTheMoney entities to ${file}${note}`;
}
