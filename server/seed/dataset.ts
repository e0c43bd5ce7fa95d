import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StartupError } from '../errors.js';
import { bundledSeedDir, schemaFile } from '../paths.js';
import { CypherScriptError, splitStatements, type CypherStatement } from './split-statements.js';

export interface CypherFile {
  /** Path relative to the working directory, as shown in messages. */
  displayPath: string;
  statements: CypherStatement[];
}

/** What a dataset folder may declare about itself in ontology.json. */
const ontologySchema = z.object({
  labels: z.array(z.string()).min(1),
  relationshipTypes: z.array(z.string()).min(1),
  sourceLabel: z.string().default('Source'),
  provenanceType: z.string().default('SOURCED_FROM'),
  eventLabel: z.string().default('Event'),
});
export type Ontology = z.infer<typeof ontologySchema>;

export interface Dataset {
  /** Stable name used to mark the nodes this dataset owns. */
  name: string;
  dir: string;
  schema: CypherFile | undefined;
  files: CypherFile[];
  ontology: Ontology | undefined;
  /** Hash of every file's content: unchanged checksum, unchanged graph. */
  checksum: string;
}

function readCypherFile(file: string): CypherFile {
  const displayPath = path.relative(process.cwd(), file) || file;
  try {
    return { displayPath, statements: splitStatements(readFileSync(file, 'utf8')) };
  } catch (error) {
    if (error instanceof CypherScriptError) {
      throw new StartupError(
        'SEED_FAILED',
        `${displayPath}:${error.line}: ${error.message.replace(/^line \d+: /, '')}`,
        'Fix the Cypher at that line and load again; the graph was not changed.',
      );
    }
    throw error;
  }
}

/**
 * Reads a dataset folder: its `*.cypher` files in name order, its own
 * `schema.cypher` if present (else `fallbackSchema`), and `ontology.json`.
 */
export function readDataset(dir: string, fallbackSchema?: string): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new StartupError(
      'SEED_FAILED',
      `Dataset folder not found: ${dir}`,
      'Pass a folder that holds .cypher files, e.g. npm run seed -- ./my-dataset',
    );
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
    .sort();
  if (names.length === 0) {
    throw new StartupError(
      'SEED_FAILED',
      `No .cypher files in ${dir}`,
      'Put the data in one or more .cypher files (they load in name order).',
    );
  }
  const ownSchema = path.join(dir, 'schema.cypher');
  const schemaPath = existsSync(ownSchema)
    ? ownSchema
    : fallbackSchema !== undefined && existsSync(fallbackSchema)
      ? fallbackSchema
      : undefined;

  const hash = createHash('sha256');
  const all = [schemaPath, ...names.map((n) => path.join(dir, n))].filter(
    (p): p is string => p !== undefined,
  );
  for (const file of all) hash.update(file).update(readFileSync(file));

  const ontologyPath = path.join(dir, 'ontology.json');
  let ontology: Ontology | undefined;
  if (existsSync(ontologyPath)) {
    hash.update(readFileSync(ontologyPath));
    const parsed = ontologySchema.safeParse(JSON.parse(readFileSync(ontologyPath, 'utf8')));
    if (!parsed.success) {
      throw new StartupError(
        'SEED_FAILED',
        `${ontologyPath} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        'ontology.json lists "labels" and "relationshipTypes" (arrays of names).',
      );
    }
    ontology = parsed.data;
  }

  return {
    name: path.basename(path.resolve(dir)),
    dir,
    schema: schemaPath ? readCypherFile(schemaPath) : undefined,
    files: names.map((n) => readCypherFile(path.join(dir, n))),
    ontology,
    checksum: hash.digest('hex'),
  };
}

/** A dataset folder, falling back to the project's cypher/schema.cypher when it has no schema of its own. */
export function readProjectDataset(dir: string = bundledSeedDir): Dataset {
  return readDataset(dir, schemaFile);
}
