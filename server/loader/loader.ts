import path from 'node:path';
import type { Driver, ManagedTransaction, Transaction } from '../neo4j/driver.js';
import { isSchemaRuleAlreadyThere, neo4jMessage } from '../neo4j/errors.js';
import {
  DATASET_PROPERTY_ROWS,
  dateStatements,
  inferDates,
  toPropertyRows,
  type DateRule,
} from '../../core/dataset/shape.js';
import { dataStepCount, type CypherFile, type Dataset } from './dataset.js';
import { EDITS_LABEL, PRIVATE_LABEL, SEED_LOAD_LABEL } from '../graph/bookkeeping.js';
import { ensureSourceIndex } from '../graph/source-index.js';
import { refreshReportTexts, storeReportTexts } from './report-texts.js';
import { runFile, SeedError } from './run-file.js';
import { resolveTextsDir } from './quote-check.js';

/** Marks nodes a dataset load created, so a reload can replace exactly them. */
export const DATASET_PROPERTY = '_dataset';
/** One node per dataset records when and what was loaded. */
export { SEED_LOAD_LABEL };
export { SeedError };

export interface LoadResult {
  dataset: string;
  skipped: boolean;
  statements: number;
  millis: number;
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

export interface LoadOptions {
  force?: boolean;
  /** Called as data statements complete (at most about a hundred times per load). */
  onProgress?: (done: number, total: number) => void;
  /** Where the Sources' text files are (SOURCE_TEXTS_DIR or the default when unset; null: store none). */
  textsDir?: string | null;
  /**
   * Replace the whole graph, not only this dataset's earlier load: every node
   * but the team's private records and other datasets' load records go in
   * the same transaction (the import dialog's load).
   */
  replaceGraph?: boolean;
  /** Time limit of the load's transaction; Neo4j rolls it back past it. */
  timeoutMs?: number;
  /**
   * Writes that stand or fall with the load (an import closing the drafts
   * made against the graph it replaces), run in its transaction last.
   */
  inTransaction?: (tx: Transaction) => Promise<void>;
}

/** Counts finished statements and reports progress in about a hundred steps. */
function progressCounter(total: number, onProgress: LoadOptions['onProgress']) {
  let done = 0;
  const every = Math.max(1, Math.floor(total / 100));
  return () => {
    done++;
    if (onProgress && (done % every === 0 || done === total)) onProgress(done, total);
  };
}

/**
 * Schema commands cannot share a transaction with data writes in Neo4j:
 * like cypher-shell, run each on its own, wherever it stood in the files.
 */
async function applySchema(driver: Driver, database: string | undefined, files: CypherFile[]) {
  const session = driver.session({ database });
  try {
    for (const file of files) {
      for (const step of file.steps) {
        if (step.kind !== 'schema') continue;
        try {
          await session.run(step.text);
        } catch (error) {
          // A reload's CREATE without IF NOT EXISTS: the rule is there already.
          if (isSchemaRuleAlreadyThere(error)) continue;
          throw new SeedError(file.displayPath, step.line, neo4jMessage(error), { cause: error });
        }
      }
    }
  } finally {
    await session.close();
  }
}

/**
 * Which property dates which label: the manifest's rules, or when it says
 * nothing about time, what the loaded nodes suggest (an integer `released`
 * becomes a year-precision date).
 */
async function datingRules(tx: Transaction, dataset: Dataset): Promise<Record<string, DateRule>> {
  if (dataset.ontology && !dataset.ontology.inferTime) return dataset.ontology.dates;
  const { records } = await tx.run(DATASET_PROPERTY_ROWS, { dataset: dataset.name });
  return inferDates(toPropertyRows(records));
}

function textsOf(dataset: Dataset, options: LoadOptions) {
  if (options.textsDir === null) return undefined;
  return {
    dir: resolveTextsDir(options.textsDir),
    dataset: { name: dataset.name, sourceLabel: dataset.ontology?.sourceLabel ?? 'Source' },
  };
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

/** Everything but the private records and this dataset's load record, inside the load's transaction. */
async function clearGraph(tx: Transaction, dataset: string): Promise<void> {
  await tx.run(
    `MATCH (n) WHERE NOT n:${PRIVATE_LABEL} AND NOT n:${EDITS_LABEL} AND NOT n:${SEED_LOAD_LABEL}
     DETACH DELETE n`,
  );
  await tx.run(`MATCH (m:${SEED_LOAD_LABEL}) WHERE m.dataset <> $dataset DELETE m`, { dataset });
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
  options: LoadOptions = {},
): Promise<LoadResult> {
  const started = Date.now();
  const statements = dataStepCount(dataset);
  if (
    !options.force &&
    (await loadedChecksum(driver, database, dataset.name)) === dataset.checksum
  ) {
    // The texts folder may have appeared, or a text changed, since that load.
    const texts = textsOf(dataset, options);
    if (texts) await refreshReportTexts(driver, database, texts.dataset, texts.dir);
    await ensureSourceIndex(driver, database);
    const counts = await readCounts(driver, database, dataset.name);
    return {
      dataset: dataset.name,
      skipped: true,
      statements,
      millis: Date.now() - started,
      ...counts,
    };
  }

  await applySchema(driver, database, [
    ...(dataset.fallbackSchema ? [dataset.fallbackSchema] : []),
    ...dataset.files,
  ]);

  const session = driver.session({ database });
  try {
    const tx = await session.beginTransaction(
      options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    );
    try {
      await tx.run(`MATCH (n) WHERE n.${DATASET_PROPERTY} = $dataset DETACH DELETE n`, {
        dataset: dataset.name,
      });
      if (options.replaceGraph) await clearGraph(tx, dataset.name);
      const before = await tx.run('MATCH (n) RETURN collect(elementId(n)) AS ids');
      const existing: unknown = before.records[0]?.get('ids') ?? [];
      const params: Record<string, unknown> = {};
      const tick = progressCounter(statements, options.onProgress);
      for (const file of dataset.files) await runFile(tx, file, params, tick);
      await tx.run(
        `MATCH (n) WHERE n.${DATASET_PROPERTY} IS NULL AND NOT elementId(n) IN $existing
         SET n.${DATASET_PROPERTY} = $dataset`,
        { existing, dataset: dataset.name },
      );
      const texts = textsOf(dataset, options);
      if (texts) await storeReportTexts(tx, texts.dataset, texts.dir);
      for (const { cypher, params: p } of dateStatements(await datingRules(tx, dataset))) {
        await tx.run(cypher, { ...p, dataset: dataset.name });
      }
      // A record tells of its latest load: the import dialog marks its own after it (startup-dataset.ts).
      await tx.run(
        `MERGE (m:${SEED_LOAD_LABEL} {dataset: $dataset})
         SET m.checksum = $checksum, m.loadedAt = datetime(), m.files = $files,
             m.statements = $statements, m.dir = $dir
         REMOVE m.importedAt, m.importedBy, m.backup, m.title`,
        {
          dataset: dataset.name,
          checksum: dataset.checksum,
          files: dataset.files.map((f) => f.displayPath),
          statements,
          dir: path.resolve(dataset.dir),
        },
      );
      await options.inTransaction?.(tx);
      await tx.commit();
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw error;
    }
    // After the commit: the index must name the types this load brought.
    await ensureSourceIndex(driver, database);
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
