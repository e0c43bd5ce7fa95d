import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from '../errors.js';
import { bundledSeedDir, schemaFile } from '../project-paths.js';
import { infersTime, manifestFields } from '../../core/dataset/shape.js';
import { datasetIdentity } from './manifest.js';
import { CypherScriptError, splitStatements } from '../../core/cypher/text.js';
import { classifyAll, ScriptProblem, type ScriptStep } from './statements.js';

export interface CypherFile {
  /** Path relative to the working directory, as shown in messages. */
  displayPath: string;
  /** Schema, data and :param steps in file order (:begin and :commit are dropped). */
  steps: ScriptStep[];
  /**
   * Data steps made while the load runs, after `steps` (an import read a
   * second time, so its rows are never all held), with how many there are.
   */
  produced?: { count: number; steps: () => AsyncIterable<ScriptStep> };
}

/** How many data statements a dataset's load runs. */
export function dataStepCount(dataset: Pick<Dataset, 'files'>): number {
  return dataset.files.reduce(
    (n, f) => n + f.steps.filter((s) => s.kind === 'data').length + (f.produced?.count ?? 0),
    0,
  );
}

/** What a dataset folder may declare about itself in ontology.json (its manifest). */
const ontologySchema = z.object({
  labels: z.array(z.string()).optional(),
  relationshipTypes: z.array(z.string()).optional(),
  sourceLabel: z.string().default('Source'),
  provenanceType: z.string().default('SOURCED_FROM'),
  eventLabel: z.string().default('Event'),
  causalTypes: z.array(z.string()).default(['LED_TO', 'PROMPTED']),
  /** "required": every relationship must carry evidence (see server/loader/evidence-check.ts). */
  evidence: z.enum(['required']).optional(),
  ...manifestFields,
});
/** inferTime: the manifest says nothing about time (see infersTime). */
export type Ontology = z.infer<typeof ontologySchema> & { inferTime: boolean };

export interface Dataset {
  /**
   * Identity used to mark the nodes this dataset owns: the manifest's `id`,
   * else the folder's name plus a digest of its absolute path, so that
   * another folder with the same name never replaces this one's graph.
   */
  name: string;
  dir: string;
  /** Used only when no file of the dataset holds a schema statement. */
  fallbackSchema: CypherFile | undefined;
  files: CypherFile[];
  ontology: Ontology | undefined;
  /** Hash of every file's content: unchanged checksum, unchanged graph. */
  checksum: string;
}

function seedFailed(message: string, hint: string): StartupError {
  return new StartupError('SEED_FAILED', message, hint);
}

const UNCHANGED = 'The graph was not changed.';

function readCypherFile(file: string): CypherFile {
  const displayPath = path.relative(process.cwd(), file) || file;
  try {
    const statements = splitStatements(readFileSync(file, 'utf8'), { commands: true });
    return { displayPath, steps: classifyAll(statements) };
  } catch (error) {
    if (error instanceof CypherScriptError) {
      const what = error.message.replace(/^line \d+: /, '');
      throw seedFailed(
        `${displayPath}:${error.line}: ${what}; close it and load again.`,
        UNCHANGED,
      );
    }
    if (error instanceof ScriptProblem) {
      throw seedFailed(`${displayPath}:${error.line}: ${error.message}; ${error.fix}.`, UNCHANGED);
    }
    throw error;
  }
}

/** Every `.cypher` file under `dir`, sub-folders included, in order of their relative paths. */
function cypherFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, depth: number) => {
    if (depth > 8) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.name.endsWith('.cypher')) found.push(path.relative(dir, full));
    }
  };
  walk(dir, 0);
  // Code-point order of the path with "/" so that 10_x/ sorts with 10_x.cypher, not by locale.
  return found.map((f) => f.split(path.sep).join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readOntology(file: string): Ontology | undefined {
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw seedFailed(
      `${file} is not JSON (${error instanceof Error ? error.message : String(error)}); fix it or remove it.`,
      UNCHANGED,
    );
  }
  const parsed = ontologySchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw seedFailed(
      `${file} is not valid: ${issues}; see "Your own data" in README.md for its fields.`,
      UNCHANGED,
    );
  }
  return { ...parsed.data, inferTime: infersTime(raw) };
}

/**
 * Reads a dataset folder: its `*.cypher` files (sub-folders too) in name
 * order and its manifest `ontology.json`; `fallbackSchema` is used when no
 * file holds a schema statement.
 */
export function readDataset(dir: string, fallbackSchema?: string): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw seedFailed(
      `Dataset folder not found: ${dir}`,
      'Pass a folder that holds .cypher files, e.g. npm run seed -- ./my-dataset',
    );
  }
  const names = cypherFiles(dir);
  if (names.length === 0) {
    throw seedFailed(
      `No .cypher files in ${dir} or its sub-folders`,
      'Put the data in one or more .cypher files (they load in name order).',
    );
  }
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update(readFileSync(path.join(dir, name)));
  const ontologyPath = path.join(dir, 'ontology.json');
  const ontology = readOntology(ontologyPath);
  if (ontology) hash.update(readFileSync(ontologyPath));
  const files = names.map((n) => readCypherFile(path.join(dir, n)));
  const hasSchema = files.some((f) => f.steps.some((s) => s.kind === 'schema'));
  const fallback =
    !hasSchema && fallbackSchema !== undefined && existsSync(fallbackSchema)
      ? readCypherFile(fallbackSchema)
      : undefined;
  if (fallback && fallbackSchema) hash.update(readFileSync(fallbackSchema));

  return {
    name: datasetIdentity(dir, ontology),
    dir,
    fallbackSchema: fallback,
    files,
    ontology,
    checksum: hash.digest('hex'),
  };
}

/** A dataset folder; the bundled seed's schema is cypher/schema.cypher. */
export function readProjectDataset(dir: string = bundledSeedDir): Dataset {
  // The project's schema is the bundled seed's; another dataset brings its own or none.
  return readDataset(dir, path.resolve(dir) === bundledSeedDir ? schemaFile : undefined);
}
