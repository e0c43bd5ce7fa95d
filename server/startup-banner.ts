// What start-up says about the database it works on, the dataset it loads or
// reads, what it will not write, and how search will find nodes: pure
// functions of the start-up facts, so each claim is tested against the case
// it describes (main.ts gathers the facts and prints the lines).
import { NAME_SCAN_CAP } from './graph/search.js';

/** The dataset folder as shown (relative to the working directory) and its manifest's title. */
export interface DatasetFacts {
  folder: string;
  title: string | undefined;
}

export interface StartupFacts {
  /** The Neo4j this process started (with its data folder) or the one NEO4J_URI names. */
  database: { local: true; dataDir: string } | { local: false; uri: string };
  dataset: DatasetFacts;
  /** The dataset is loaded at start (SEED_ON_START, or by default into the project's own Neo4j). */
  loads: boolean;
  /** The dataset's manifest names the graph; false for an existing database without SEED_DIR. */
  usesManifest: boolean;
}

/** "Quillfeather Press (folder test/fixtures/datasets/small-press)", or the folder alone without a title. */
export function datasetName(d: DatasetFacts): string {
  return d.title
    ? `${d.title} (folder ${d.folder})`
    : `the folder ${d.folder} (no title in a manifest)`;
}

const UNLESS_UNCHANGED = 'unless unchanged since its last load';

function ownDatabaseLines(dataDir: string, f: StartupFacts): string[] {
  return [
    `Mode: the project's own Neo4j (data in ${dataDir}).`,
    f.loads
      ? `  Dataset: ${datasetName(f.dataset)}, loaded at start ${UNLESS_UNCHANGED}.`
      : `  Dataset: ${datasetName(f.dataset)}; SEED_ON_START=false, so nothing is loaded: the graph on disk is explored as it is.`,
  ];
}

function existingDatabaseLines(uri: string, f: StartupFacts): string[] {
  if (f.loads) {
    return [
      `Mode: the existing Neo4j at ${uri}, written to at start because SEED_ON_START=true.`,
      `  Dataset: ${datasetName(f.dataset)}, loaded into it ${UNLESS_UNCHANGED}: its scripts run, the nodes of its earlier load are replaced and a record of the load is kept.`,
      '  Later, only what people do in the explorer is written: accounts, sessions, reports and curated changes with their history.',
    ];
  }
  return [
    `Mode: the existing Neo4j at ${uri}, read-only.`,
    '  Nothing is written to it: signing in, adding reports and curating are off (SEED_ON_START=true or npm run seed loads a dataset into it and turns them on).',
    f.usesManifest
      ? `  Dataset: ${datasetName(f.dataset)}: its manifest names the graph; it is not loaded.`
      : '  No manifest: names and dates come from its schema (SEED_DIR names a dataset folder to use).',
  ];
}

/** The lines printed once the database is open, before anything is loaded into it. */
export function modeBanner(f: StartupFacts): string {
  const lines =
    f.database.local === true
      ? ownDatabaseLines(f.database.dataDir, f)
      : existingDatabaseLines(f.database.uri, f);
  return lines.join('\n');
}

/** The progress line that opens the load. */
export function loadingLine(d: DatasetFacts, statements: number): string {
  return `Loading ${datasetName(d)}: ${statements} statements…`;
}

/** Which full-text index search asks, if any; the indexes could not be listed when `listed` is false. */
export type SearchPlan =
  | { listed: true; index: string | undefined; preferred: string }
  | { listed: false; reason: string };

/**
 * The index search() in server/graph/search.ts asks: the dataset's own
 * (the profile's searchIndex) when the database has it, else the first
 * full-text index there is, else none. The same rule, so the line tells the truth.
 */
export function searchPlan(fulltextIndexes: readonly string[], preferred: string): SearchPlan {
  const index = fulltextIndexes.includes(preferred) ? preferred : fulltextIndexes[0];
  return { listed: true, index, preferred };
}

/** The line naming how search will find nodes. */
export function searchLine(plan: SearchPlan): string {
  const scan = `a name scan of at most ${NAME_SCAN_CAP.toLocaleString('en-US')} nodes`;
  if (!plan.listed)
    return `Search: the full-text indexes could not be listed (${plan.reason}); each search picks an index or ${scan} itself.`;
  if (plan.index === undefined) return `Search: no full-text index, so ${scan}.`;
  const which =
    plan.index === plan.preferred
      ? `the full-text index ${plan.index}`
      : `the full-text index ${plan.index}, the first there is (none is named ${plan.preferred})`;
  return `Search: ${which}, then ${scan} when it finds nothing.`;
}
