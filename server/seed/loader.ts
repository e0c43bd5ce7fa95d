import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { StartupError } from '../errors.js';
import type { CypherFile, Dataset } from './dataset.js';
import { SEED_LOAD_LABEL } from '../graph/bookkeeping.js';

/** Marks nodes a dataset load created, so a reload can replace exactly them. */
export const DATASET_PROPERTY = '_dataset';
/** One node per dataset records when and what was loaded. */
export { SEED_LOAD_LABEL };

export class SeedError extends StartupError {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, neo4jMessage: string, options?: ErrorOptions) {
    super(
      'SEED_FAILED',
      `${file}:${line}: Neo4j refused the statement: ${neo4jMessage}`,
      'Fix the Cypher at that line and load again; the graph was left exactly as it was.',
      options,
    );
    this.file = file;
    this.line = line;
  }
}

export interface LoadResult {
  dataset: string;
  skipped: boolean;
  statements: number;
  millis: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

function neo4jMessage(error: unknown): string {
  if (error instanceof Neo4jError) return error.message.split('\n')[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends a file's statements without waiting for each answer (Bolt
 * pipelines them, which halves the load time), then reads the answers in
 * order, so the first failure is the statement that caused it.
 */
async function runFile(tx: Transaction, file: CypherFile): Promise<void> {
  const answers = file.statements.map((statement) => ({
    statement,
    failure: tx
      .run(statement.text)
      .summary()
      .then(
        () => undefined,
        (error: unknown) => error,
      ),
  }));
  for (const { statement, failure } of answers) {
    const error = await failure;
    if (error !== undefined) {
      // Later answers only say the transaction failed; settle them quietly.
      await Promise.all(answers.map((a) => a.failure));
      throw new SeedError(file.displayPath, statement.line, neo4jMessage(error), { cause: error });
    }
  }
}

/** Schema commands cannot share a transaction with data writes in Neo4j. */
async function applySchema(driver: Driver, database: string | undefined, file: CypherFile) {
  const session = driver.session({ database });
  try {
    for (const statement of file.statements) {
      try {
        await session.run(statement.text);
      } catch (error) {
        throw new SeedError(file.displayPath, statement.line, neo4jMessage(error), {
          cause: error,
        });
      }
    }
  } finally {
    await session.close();
  }
}

export async function loadedChecksum(
  driver: Driver,
  database: string | undefined,
  dataset: string,
): Promise<string | undefined> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_LOAD_LABEL} {dataset: $dataset}) RETURN m.checksum AS checksum`,
    { dataset },
    { database, routing: 'READ' },
  );
  const value: unknown = records[0]?.get('checksum');
  return typeof value === 'string' ? value : undefined;
}

async function countGraph(tx: ManagedTransaction, dataset: string) {
  const labels = await tx.run(
    `MATCH (n) WHERE n.${DATASET_PROPERTY} = $dataset
     UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label`,
    { dataset },
  );
  const types = await tx.run(
    `MATCH (n)-[r]->() WHERE n.${DATASET_PROPERTY} = $dataset
     RETURN type(r) AS type, count(*) AS count ORDER BY type`,
    { dataset },
  );
  const toRecord = (rows: typeof labels.records, key: string) =>
    Object.fromEntries(rows.map((r) => [String(r.get(key)), Number(r.get('count'))]));
  return {
    nodesByLabel: toRecord(labels.records, 'label'),
    relationshipsByType: toRecord(types.records, 'type'),
  };
}

export async function readCounts(driver: Driver, database: string | undefined, dataset: string) {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => countGraph(tx, dataset));
  } finally {
    await session.close();
  }
}

/**
 * Loads a dataset so that readers see either the old graph or the new one,
 * never a mix: the schema first (idempotent), then every data statement in
 * one transaction that also removes what the previous load of this dataset
 * left. Nodes that did not come from this dataset are left alone.
 */
export async function loadDataset(
  driver: Driver,
  database: string | undefined,
  dataset: Dataset,
  options: { force?: boolean } = {},
): Promise<LoadResult> {
  const started = Date.now();
  const statements = dataset.files.reduce((n, f) => n + f.statements.length, 0);
  if (
    !options.force &&
    (await loadedChecksum(driver, database, dataset.name)) === dataset.checksum
  ) {
    const counts = await readCounts(driver, database, dataset.name);
    return {
      dataset: dataset.name,
      skipped: true,
      statements,
      millis: Date.now() - started,
      ...counts,
    };
  }

  if (dataset.schema) await applySchema(driver, database, dataset.schema);

  const session = driver.session({ database });
  try {
    const tx = await session.beginTransaction();
    try {
      await tx.run(`MATCH (n) WHERE n.${DATASET_PROPERTY} = $dataset DETACH DELETE n`, {
        dataset: dataset.name,
      });
      const before = await tx.run('MATCH (n) RETURN collect(elementId(n)) AS ids');
      const existing: unknown = before.records[0]?.get('ids') ?? [];
      for (const file of dataset.files) await runFile(tx, file);
      await tx.run(
        `MATCH (n) WHERE n.${DATASET_PROPERTY} IS NULL AND NOT elementId(n) IN $existing
         SET n.${DATASET_PROPERTY} = $dataset`,
        { existing, dataset: dataset.name },
      );
      await tx.run(
        `MERGE (m:${SEED_LOAD_LABEL} {dataset: $dataset})
         SET m.checksum = $checksum, m.loadedAt = datetime(), m.files = $files, m.statements = $statements`,
        {
          dataset: dataset.name,
          checksum: dataset.checksum,
          files: dataset.files.map((f) => f.displayPath),
          statements,
        },
      );
      await tx.commit();
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw error;
    }
    const counts = await readCounts(driver, database, dataset.name);
    return {
      dataset: dataset.name,
      skipped: false,
      statements,
      millis: Date.now() - started,
      ...counts,
    };
  } finally {
    await session.close();
  }
}
