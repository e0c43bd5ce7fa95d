/**
 * An upload from the import dialog written as a dataset folder the importer
 * reads like any other (`npm run seed -- <folder>`): the files under names
 * checked here, and an ontology.json naming the dataset and its title (an
 * uploaded manifest's `import` mapping kept). The folder stays after a load:
 * the loader records it, and `SEED_DIR=<it> npm start` explores it again.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_MAX_FILE_BYTES, type ImportUpload } from '../../contract/index.js';
import { slug } from '../../core/import/names.js';
import { ApiError } from '../errors.js';

const DATA_FILE = /\.(csv|tsv|xlsx|xlsm|graphml|gexf|jsonl|ftm\.json|ijson)$/i;
const MANIFEST = 'ontology.json';
// A file name, not a path: no separators, no leading dot, printable.
const SAFE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_ .()-]{0,150}$/u;

export interface Staged {
  token: string;
  dir: string;
  dataset: string;
  title: string;
  /** The manifest written, for the explorer's profile after the load. */
  manifest: Record<string, unknown>;
}

function refuse(message: string): never {
  throw new ApiError('INVALID_INPUT', message);
}

function checkName(name: string, seen: Set<string>): void {
  if (!SAFE_NAME.test(name)) {
    refuse(
      `The file name "${name}" cannot be used: rename it to letters, digits, spaces, dots and dashes.`,
    );
  }
  if (!DATA_FILE.test(name) && name.toLowerCase() !== MANIFEST) {
    refuse(
      `"${name}" is not a format the importer reads: choose .csv, .tsv, .xlsx, .graphml, .gexf, .jsonl or .ftm.json files (and an optional ontology.json).`,
    );
  }
  if (seen.has(name.toLowerCase())) refuse(`"${name}" was chosen twice: choose each file once.`);
  seen.add(name.toLowerCase());
}

function decode(file: ImportUpload['files'][number]): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) {
    refuse(`"${file.name}" did not arrive as base64: choose the file again.`);
  }
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > IMPORT_MAX_FILE_BYTES) {
    refuse(
      `"${file.name}" is ${(bytes.length / 1e6).toFixed(1)} MB; the dialog takes files up to ${IMPORT_MAX_FILE_BYTES / 1e6} MB. Load a larger file with npm run seed -- <file>.`,
    );
  }
  return bytes;
}

function uploadedManifest(bytes: Buffer | undefined): Record<string, unknown> {
  if (!bytes) return {};
  try {
    const raw: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      return raw as Record<string, unknown>;
    }
  } catch {
    // Said below.
  }
  return refuse('The ontology.json chosen is not a JSON object: correct it or leave it out.');
}

/** "magnet-buyers.xlsx" → "Magnet buyers". */
export function titleFromFile(name: string): string {
  const words = name
    .replace(/(\.ftm)?\.[^.]+$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Imported data';
}

/** Writes the upload under `root/<token>/`; refuses a bad name or a file too large before writing anything. */
export function stageUpload(root: string, upload: ImportUpload): Staged {
  const seen = new Set<string>();
  const decoded = upload.files.map((f) => {
    checkName(f.name, seen);
    return { name: f.name, bytes: decode(f) };
  });
  const data = decoded.filter((f) => f.name.toLowerCase() !== MANIFEST);
  if (data.length === 0) refuse('Choose at least one data file besides ontology.json.');
  const given = uploadedManifest(decoded.find((f) => f.name.toLowerCase() === MANIFEST)?.bytes);
  const givenTitle = typeof given.title === 'string' ? given.title : undefined;
  const title = upload.title ?? givenTitle ?? titleFromFile(data[0]?.name ?? '');
  const token = randomBytes(12).toString('hex');
  const dataset = `upload-${slug(title, 40)}`;
  const manifest = { ...given, id: dataset, title };
  const dir = path.join(root, token);
  mkdirSync(dir, { recursive: true });
  for (const f of data) writeFileSync(path.join(dir, f.name), f.bytes);
  writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { token, dir, dataset, title, manifest };
}
