// npm run seed [-- <folder or file>] [-- --check] [-- --force] [-- --texts=<dir>] [-- --emit-cypher]
// Loads a dataset folder (default: the bundled seed) into the configured
// Neo4j, or with --check only runs the integrity checks. --texts names the
// folder of report texts that quotes are checked against. A spreadsheet,
// GraphML, GEXF or FollowTheMoney file (or a folder of them) is imported
// through the same load; --emit-cypher writes the Cypher it generated beside it.
// --export=<file> writes the loaded dataset as GEXF (.gexf) or FollowTheMoney JSON lines.
import path from 'node:path';
import { readConfig } from '../config.js';
import { runCli } from '../cli-run.js';
import { openDatabase } from '../neo4j/connect.js';
import { checksPassed, formatChecks, runChecks } from './checks.js';
import { dataStepCount, readProjectDataset } from './dataset.js';
import { interruptedLoadError, type LoadPhase } from './interrupted.js';
import { checkEvidence, formatEvidenceCheck } from './evidence-check.js';
import { checkQuotes, formatQuoteCheck, resolveTextsDir } from './quote-check.js';
import { formatLoadResult } from './report.js';
import { loadDataset } from './loader.js';
import { isImportTarget, readImportDataset, type ImportedDataset } from '../import/dataset.js';
import { importQuoteCheck, loadImported } from '../import/load.js';
import { exportDataset } from '../import/export.js';

/** Prints "statements done/total" at most once a second, and always the last; keeps the count in `phase`. */
function progressPrinter(phase: Extract<LoadPhase, { kind: 'loading' }>) {
  let last = 0;
  return (done: number, total: number) => {
    phase.done = done;
    const now = Date.now();
    if (done < total && now - last < 1_000) return;
    last = now;
    console.log(`  ${done}/${total} statements`);
  };
}

async function main(argv: string[]): Promise<number> {
  const texts = argv.find((a) => a.startsWith('--texts='))?.slice('--texts='.length);
  const exportTo = argv.find((a) => a.startsWith('--export='))?.slice('--export='.length);
  const flags = new Set(
    argv.filter(
      (a) => a.startsWith('--') && !a.startsWith('--texts=') && !a.startsWith('--export='),
    ),
  );
  const unknown = [...flags].filter((f) => !['--check', '--force', '--emit-cypher'].includes(f));
  if (unknown.length > 0) {
    console.error(
      `Unknown option ${unknown.join(', ')}. Usage: npm run seed -- [folder or file] [--check] [--force] [--texts=<dir>] [--emit-cypher] [--export=<file.gexf|file.ftm.json>]`,
    );
    return 2;
  }
  const folder = argv.find((a) => !a.startsWith('--'));
  const config = readConfig();
  const dir = folder ? path.resolve(folder) : config.seed.dir;
  const imported: ImportedDataset | undefined = isImportTarget(dir)
    ? await readImportDataset(dir, undefined, (file, rows, done, unit = 'rows') =>
        console.log(`  ${file}: ${rows.toLocaleString('en')} ${unit} read${done ? '' : '…'}`),
      )
    : undefined;
  for (const note of imported?.notes ?? []) console.log(note);
  if (imported && flags.has('--emit-cypher')) {
    await imported.writeScript();
    console.log(
      `Wrote the generated Cypher to ${path.relative(process.cwd(), imported.scriptPath)}`,
    );
  }
  const dataset = imported?.dataset ?? readProjectDataset(dir);

  const db = await openDatabase(config.neo4j, (m) => console.log(m));
  if (exportTo !== undefined) {
    // Writes what is loaded, and loads nothing.
    try {
      const title = dataset.ontology?.title;
      console.log(
        await exportDataset(db.driver, db.database, { name: dataset.name, title }, exportTo),
      );
      return 0;
    } finally {
      await db.close();
    }
  }
  const total = dataStepCount(dataset);
  let phase: LoadPhase = { kind: 'loading', done: 0, total };
  try {
    if (!flags.has('--check')) {
      const loadOptions = {
        force: flags.has('--force'),
        onProgress: progressPrinter(phase),
        textsDir: resolveTextsDir(texts),
      };
      const result = imported
        ? await loadImported(db.driver, db.database, imported, loadOptions)
        : await loadDataset(db.driver, db.database, dataset, loadOptions);
      console.log(formatLoadResult(result));
    }
    phase = { kind: 'checking', loaded: !flags.has('--check') };
    const checks = await runChecks(db.driver, db.database, dataset);
    const textsDir = resolveTextsDir(texts);
    const quotes =
      imported && texts === undefined
        ? importQuoteCheck()
        : await checkQuotes(db.driver, db.database, dataset, textsDir);
    const evidence = await checkEvidence(db.driver, db.database, dataset, textsDir);
    console.log(`Integrity checks for "${dataset.name}":\n${formatChecks(checks)}`);
    console.log(formatQuoteCheck(quotes));
    console.log(formatEvidenceCheck(evidence));
    return checksPassed(checks) && quotes.result.passed && evidence.result.passed ? 0 : 1;
  } catch (error) {
    // Neo4j gone mid-load is said as such, not as a statement to fix.
    throw interruptedLoadError(error, phase) ?? error;
  } finally {
    await db.close();
  }
}

runCli(main);
