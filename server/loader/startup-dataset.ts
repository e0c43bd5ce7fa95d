/**
 * What start-up loads when the graph holds a dataset loaded from the
 * explorer's import dialog. Such a load replaced the whole graph, so loading
 * the seed beside it at the next start would mix two datasets: start-up
 * keeps the import (and explores it under its own manifest) unless SEED_DIR
 * names a dataset, which then replaces the import rather than joining it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from '../neo4j/driver.js';
import { defaultProfile, type GraphProfile } from '../../core/dataset/profile.js';
import { SEED_LOAD_LABEL } from '../graph/bookkeeping.js';
import { carryOver } from '../import/carry-over.js';
import { runChecks, formatChecks } from './checks.js';
import { readProjectDataset } from './dataset.js';
import { loadDataset, type LoadResult } from './loader.js';
import { readProfile } from './manifest.js';
import { formatLoadResult } from './report.js';

/** The load record of a dialog import (or restore), as start-up needs it. */
export interface DialogImport {
  dataset: string;
  /** The dataset folder it was read from (the staged upload or the backup). */
  dir: string | undefined;
  title: string | undefined;
  importedBy: string | undefined;
  importedAt: string | undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The graph's latest dialog import, if the graph holds one (its record carries `importedAt`). */
export async function dialogImport(
  driver: Driver,
  database: string | undefined,
): Promise<DialogImport | undefined> {
  const { records } = await driver.executeQuery(
    `MATCH (m:${SEED_LOAD_LABEL}) WHERE m.importedAt IS NOT NULL
     RETURN m.dataset AS dataset, m.dir AS dir, m.title AS title, m.importedBy AS by,
            toString(m.importedAt) AS at
     ORDER BY m.importedAt DESC LIMIT 1`,
    {},
    { database, routing: 'READ' },
  );
  const r = records[0];
  if (!r) return undefined;
  return {
    dataset: String(r.get('dataset')),
    dir: text(r.get('dir')),
    title: text(r.get('title')),
    importedBy: text(r.get('by')),
    importedAt: text(r.get('at')),
  };
}

/** The profile the explorer shows a kept import under: its folder's manifest while the folder is there. */
export function importProfile(found: DialogImport): GraphProfile {
  if (found.dir && existsSync(path.join(found.dir, 'ontology.json'))) {
    return { ...readProfile(found.dir), id: found.dataset };
  }
  return { ...defaultProfile, id: found.dataset, title: found.title, inferTime: true };
}

/** The start-up line that says the import is kept, and how to have the seed instead. */
export function keptImportLine(found: DialogImport): string {
  const who = found.importedBy ? ` by ${found.importedBy}` : '';
  const when = found.importedAt ? ` on ${found.importedAt.slice(0, 10)}` : '';
  return (
    `  The graph holds "${found.title ?? found.dataset}", imported from the explorer${who}${when}: ` +
    'it is kept and the seed is not loaded beside it (SEED_DIR=seed npm start loads the seed in its place).'
  );
}

export interface StartupLoad {
  /** The dialog import kept in place of the seed, if any. */
  kept: DialogImport | undefined;
  result: LoadResult | undefined;
}

/**
 * Start-up's load: the dataset folder (SEED_DIR, or the bundled seed), unless
 * the graph holds a dialog import and SEED_DIR was not set. A folder named
 * while an import is there replaces the whole graph in the load's one
 * transaction, as the import did.
 */
export async function loadAtStart(
  driver: Driver,
  database: string | undefined,
  seed: { dir: string; named: boolean },
  report: { begin: (statements: number) => void; say: (line: string) => void },
): Promise<StartupLoad> {
  const found = await dialogImport(driver, database);
  if (found && !seed.named) return { kept: found, result: undefined };
  const dataset = readProjectDataset(seed.dir);
  report.begin(
    dataset.files.reduce((n, f) => n + f.steps.filter((s) => s.kind === 'data').length, 0),
  );
  const result = await loadDataset(driver, database, dataset, {
    replaceGraph: Boolean(found),
    // Drafts made against the import are closed with it, as an import closes the seed's.
    inTransaction: found
      ? carryOver({
          name: `start-${dataset.name}`,
          backedUp: false,
          title: dataset.ontology?.title ?? dataset.name,
          by: 'a start with SEED_DIR set',
        })
      : undefined,
  });
  report.say(formatLoadResult(result));
  // An unchanged dataset was checked when it was loaded; checking it again
  // on every warm start cost ~3 s (npm run seed -- --check reruns them).
  if (!result.skipped) {
    const checks = await runChecks(driver, database, dataset);
    if (!checks.every((c) => c.passed))
      report.say(`Integrity checks found problems:\n${formatChecks(checks)}`);
  }
  return { kept: undefined, result };
}
