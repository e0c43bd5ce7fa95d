/**
 * A file or folder in a format people keep data in (spreadsheets, GraphML,
 * GEXF, FollowTheMoney JSON lines) made into the loader's Dataset: the
 * generated Cypher script is its one file, so it loads in the same single
 * transaction, with the same checks, as a Cypher dataset.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ImportError, type GraphBatch } from '../../core/import/batch.js';
import { batchToCypher, cypherScript, type ImportStatement } from '../../core/import/cypher.js';
import { sheetMapping, type SheetMapping } from '../../core/import/mapping.js';
import { parseImportOptions, type ImportOptions } from '../../core/import/options.js';
import { tablesToBatch, type Table } from '../../core/import/table.js';
import { StartupError } from '../errors.js';
import type { CypherFile, Dataset } from '../loader/dataset.js';
import { readOntology } from '../loader/dataset.js';
import { datasetIdentity } from '../loader/manifest.js';
import type { RowsRead } from './csv-stream.js';
import { readCsv, readWorkbook } from './tables.js';
import { readGraphFile } from './graph-files.js';
import { CSV, readStreamed, WORKBOOK } from './streamed.js';

const TABLE = /\.(csv|tsv|xlsx|xlsm)$/i;
const GRAPH = /\.(graphml|gexf|jsonl|ftm\.json|ijson)$/i;

export interface ImportedDataset {
  dataset: Dataset;
  /** Writes the generated script where `--emit-cypher` writes it (a streamed import's as it is made). */
  writeScript: () => Promise<void>;
  /** Where `--emit-cypher` writes it: beside the file, or in the folder. */
  scriptPath: string;
  /** The statements held: all of them, or a streamed import's schema (its data are made as it loads). */
  statements: ImportStatement[];
  /** Each held statement's first line in the script. */
  lines: number[];
  /** Whether the rows are read again while the load runs (CSV/TSV sheets), never all held. */
  streamed: boolean;
  counts: { nodes: number; relationships: number };
  /** Nodes per first label and relationships per type, for the import dialog's preview. */
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  /** What the reader guessed (an encoding), for the CLI to say. */
  notes: string[];
}

/** Whether `target` is for the importer: a file of a known format, or a folder of them without .cypher files. */
export function isImportTarget(target: string): boolean {
  if (!existsSync(target)) return false;
  if (!statSync(target).isDirectory()) return TABLE.test(target) || GRAPH.test(target);
  const names = readdirSync(target);
  return (
    !names.some((n) => n.endsWith('.cypher')) && names.some((n) => TABLE.test(n) || GRAPH.test(n))
  );
}

function fail(error: ImportError): never {
  throw new StartupError('SEED_FAILED', error.message, 'The graph was not changed.', {
    cause: error,
  });
}

function readManifest(dir: string): { raw: unknown; bytes: Buffer | undefined } {
  const file = path.join(dir, 'ontology.json');
  if (!existsSync(file)) return { raw: undefined, bytes: undefined };
  const bytes = readFileSync(file);
  try {
    return { raw: JSON.parse(bytes.toString('utf8')) as unknown, bytes };
  } catch {
    return { raw: undefined, bytes }; // readOntology says what is wrong with it.
  }
}

/** Told what was guessed of the sheets read, before they become a graph (the dialog shows it). */
export type TablesSeen = (mapping: SheetMapping[]) => void;

async function readBatch(
  files: string[],
  options: ImportOptions,
  notes: string[],
  onTables?: TablesSeen,
  onRows?: RowsRead,
): Promise<GraphBatch> {
  const display = (f: string) => path.relative(process.cwd(), f) || f;
  const tables: Table[] = [];
  const batches: GraphBatch[] = [];
  for (const file of files) {
    if (/\.xls[xm]$/i.test(file)) tables.push(...(await readWorkbook(file, display(file), onRows)));
    else if (TABLE.test(file))
      tables.push(
        await readCsv(file, display(file), options.encoding, (n) => notes.push(n), onRows),
      );
    else batches.push(readGraphFile(file, display(file), options, onRows));
  }
  if (tables.length > 0) {
    onTables?.(tables.map((t) => sheetMapping(t, options)));
    batches.push(tablesToBatch(tables, options));
  }
  return { nodes: batches.flatMap((b) => b.nodes), edges: batches.flatMap((b) => b.edges) };
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

async function hashFile(hash: Hash, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
}

async function checksum(files: string[], manifest: Buffer | undefined): Promise<string> {
  const hash = createHash('sha256').update('import-v1');
  for (const f of files) {
    hash.update(path.basename(f));
    await hashFile(hash, f);
  }
  if (manifest) hash.update(manifest);
  return hash.digest('hex');
}

interface Target {
  files: string[];
  dir: string;
  scriptPath: string;
  shown: string;
  heading: string[];
}

function targetOf(target: string): Target {
  const absolute = path.resolve(target);
  const isDir = statSync(absolute).isDirectory();
  const files = isDir
    ? readdirSync(absolute)
        .filter((n) => TABLE.test(n) || GRAPH.test(n))
        .sort()
        .map((n) => path.join(absolute, n))
    : [absolute];
  const scriptPath = isDir
    ? path.join(absolute, `${path.basename(absolute)}.cypher`)
    : absolute.replace(/(\.ftm)?\.[^.]+$/, '.cypher');
  const shown = path.relative(process.cwd(), scriptPath) || scriptPath;
  const heading = [
    `${shown}: generated from ${files.map((f) => path.basename(f)).join(', ')} by npm run seed -- --emit-cypher.`,
    'Load it with npm run seed -- <folder>; it runs in one transaction like any dataset.',
  ];
  return { files, dir: isDir ? absolute : path.dirname(absolute), scriptPath, shown, heading };
}

const display = (f: string) => path.relative(process.cwd(), f) || f;

/** The dataset of sheets, GraphML, GEXF or FtM held whole: its script made at once. */
async function readWhole(
  t: Target,
  options: ImportOptions,
  notes: string[],
  onTables?: TablesSeen,
  onRows?: RowsRead,
) {
  const batch = await readBatch(t.files, options, notes, onTables, onRows);
  const statements = batchToCypher(batch);
  const { text, lines } = cypherScript(statements, t.heading);
  const file: CypherFile = {
    displayPath: t.shown,
    steps: statements.map((s, i) => ({ kind: s.kind, text: s.text, line: lines[i] ?? 0 })),
  };
  return {
    file,
    statements,
    lines,
    streamed: false,
    writeScript: () => Promise.resolve(writeFileSync(t.scriptPath, text)),
    counts: { nodes: batch.nodes.length, relationships: batch.edges.length },
    byLabel: tally(batch.nodes.map((n) => n.labels[0] ?? 'Entity')),
    byType: tally(batch.edges.map((e) => e.type)),
  };
}

/** The dataset of CSV/TSV sheets and workbooks read once now and again as it loads (streamed.ts). */
async function readTwice(
  t: Target,
  options: ImportOptions,
  notes: string[],
  onTables?: TablesSeen,
  onRows?: RowsRead,
) {
  const read = await readStreamed(t.files, display, options, t, notes, onRows);
  onTables?.(read.mapping);
  return {
    file: read.file,
    statements: read.schema,
    lines: read.file.steps.map((s) => s.line),
    streamed: true,
    writeScript: () => read.writeScript(t.scriptPath),
    counts: read.plan.counts,
    byLabel: read.plan.byLabel,
    byType: read.plan.byType,
  };
}

/** Reads a file or folder to import, with the manifest (ontology.json) of its folder. */
export async function readImportDataset(
  target: string,
  onTables?: TablesSeen,
  onRows?: RowsRead,
): Promise<ImportedDataset> {
  const t = targetOf(target);
  const ontology = readOntology(path.join(t.dir, 'ontology.json'));
  const manifest = readManifest(t.dir);
  const name = datasetIdentity(path.resolve(target), ontology);
  const notes: string[] = [];
  const options = parseImportOptions(manifest.raw, name);
  if (!options.success) {
    throw new StartupError(
      'SEED_FAILED',
      `${path.join(t.dir, 'ontology.json')}: import is not valid: ${options.error}`,
      'See "Your own data" in README.md for the import fields; the graph was not changed.',
    );
  }
  const stream = t.files.length > 0 && t.files.every((f) => CSV.test(f) || WORKBOOK.test(f));
  let read: Awaited<ReturnType<typeof readWhole>>;
  try {
    read = stream
      ? await readTwice(t, options.data, notes, onTables, onRows)
      : await readWhole(t, options.data, notes, onTables, onRows);
  } catch (error) {
    if (error instanceof ImportError) fail(error);
    throw error;
  }
  const { file, ...rest } = read;
  return {
    ...rest,
    dataset: {
      name,
      dir: t.dir,
      fallbackSchema: undefined,
      files: [file],
      ontology,
      checksum: await checksum(t.files, manifest.bytes),
    },
    scriptPath: t.scriptPath,
    notes,
  };
}
