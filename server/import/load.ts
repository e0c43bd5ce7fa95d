/**
 * Loads an imported dataset with the loader everyone uses, and when Neo4j
 * refuses a generated statement, names the rows or elements it held rather
 * than a line of a script the user never wrote.
 */
import { ident } from '../../core/dataset/profile.js';
import { ImportError } from '../../core/import/batch.js';
import { StartupError } from '../errors.js';
import type { Driver } from '../neo4j/driver.js';
import { loadDataset, SeedError, type LoadOptions, type LoadResult } from '../loader/loader.js';
import type { QuoteCheck } from '../loader/quote-check.js';
import type { ImportedDataset } from './dataset.js';

async function indexNames(driver: Driver, database: string | undefined): Promise<Set<string>> {
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name RETURN collect(name) AS names',
    {},
    { database, routing: 'READ' },
  );
  const names: unknown = records[0]?.get('names');
  return new Set(Array.isArray(names) ? names.map(String) : []);
}

/**
 * The id indexes this load made, dropped after it failed: schema commands
 * run before (and outside) the load's transaction, so its rollback leaves
 * them. Indexes that were there before the load stay.
 */
async function dropNewIndexes(
  driver: Driver,
  database: string | undefined,
  imported: ImportedDataset,
  before: Set<string>,
): Promise<void> {
  const made = imported.statements
    .map((s) => s.index)
    .filter((n): n is string => n !== undefined && !before.has(n));
  for (const name of made) {
    await driver.executeQuery(`DROP INDEX ${ident(name)} IF EXISTS`, {}, { database });
  }
}

export async function loadImported(
  driver: Driver,
  database: string | undefined,
  imported: ImportedDataset,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const before = await indexNames(driver, database);
  try {
    return await loadDataset(driver, database, imported.dataset, options);
  } catch (error) {
    // Best effort: the load's own failure is what the user needs to read.
    await dropNewIndexes(driver, database, imported, before).catch(() => undefined);
    // A sheet changed between the two reads of a streamed import: said at its row.
    if (error instanceof ImportError) {
      throw new StartupError(
        'SEED_FAILED',
        error.message,
        'The data in the graph was left exactly as it was.',
        {
          cause: error,
        },
      );
    }
    if (!(error instanceof SeedError) || error.file !== imported.dataset.files[0]?.displayPath) {
      throw error;
    }
    const at = imported.lines.indexOf(error.line);
    const what =
      error.what ?? imported.statements[at]?.what ?? `line ${error.line} of the generated script`;
    const refused = error.message
      .replace(/^.*?Neo4j refused the statement: /, '')
      .replace(/; fix the Cypher.*$/, '');
    throw new StartupError(
      'SEED_FAILED',
      `${what}: Neo4j refused it: ${refused}; correct those rows (see --emit-cypher for the statement) and load again.`,
      'The data in the graph was left exactly as it was.',
      { cause: error },
    );
  }
}

/**
 * The quote check of an imported dataset: its sources are URLs and names,
 * not report texts on disk, so its quotes are checked only when --texts
 * names a folder of texts (named as each source's `file`).
 */
export function importQuoteCheck(): QuoteCheck {
  return {
    result: {
      name: 'quote-is-verbatim',
      description: 'every quote occurs verbatim in its report',
      severity: 'error',
      passed: true,
      offenders: [],
      offenderCount: 0,
    },
    checked: 0,
    skipped: 'imported sources carry no report texts; pass --texts=<dir> to check them',
  };
}
