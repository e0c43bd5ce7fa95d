import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SavedQuery } from '../../contract/index.js';

/**
 * Saved queries are plain .cypher files whose leading `// key: value`
 * comment lines describe them:
 *   // name: Who imposed export controls?
 *   // description: …   (may repeat to continue)
 *   // audience: journalist, analyst
 *   // params: {"id": "country:china"}
 * then the Cypher. A file that breaks these rules is named, with its line,
 * and left out: one bad file must not keep the server from starting.
 */
const HEADER = /^\s*\/\/\s*(name|description|audience|params):\s?(.*)$/;
/** A header-like line with a key this format does not have (a typo such as `// nmae:`). */
const UNKNOWN_KEY = /^\s*\/\/\s*([A-Za-z]+):(\s|$)/;

export class SavedQueryError extends Error {
  constructor(
    readonly id: string,
    /** 1-based line of the file the problem is on; undefined when the file could not be read. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`Saved query ${id}${line === undefined ? '' : ` (line ${line})`}: ${reason}`);
    this.name = 'SavedQueryError';
  }
}

/** A file of the library that was left out, and why. */
export interface LibraryProblem {
  file: string;
  line: number | undefined;
  reason: string;
}

interface Header {
  values: Record<string, string>;
  lines: Record<string, number>;
  /** Lines the header takes. */
  length: number;
}

function readHeader(id: string, lines: string[]): Header {
  const values: Record<string, string> = {};
  const at: Record<string, number> = {};
  let length = 0;
  for (const line of lines) {
    const m = HEADER.exec(line);
    if (!m) {
      const unknown = UNKNOWN_KEY.exec(line);
      if (unknown) {
        throw new SavedQueryError(
          id,
          length + 1,
          `unknown header key "${unknown[1]}" (the keys are name, description, audience, params)`,
        );
      }
      break;
    }
    const key = m[1] ?? '';
    values[key] = values[key] ? `${values[key]} ${m[2] ?? ''}` : (m[2] ?? '');
    at[key] ??= length + 1;
    length++;
  }
  return { values, lines: at, length };
}

function readParams(id: string, header: Header): Record<string, unknown> {
  if (!header.values.params) return {};
  const line = header.lines.params;
  let params: unknown;
  try {
    params = JSON.parse(header.values.params);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SavedQueryError(id, line, `"// params:" is not JSON (${why})`);
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new SavedQueryError(id, line, '"// params:" must be a JSON object such as {"id": "x"}');
  }
  return params as Record<string, unknown>;
}

export function parseSavedQuery(id: string, text: string): SavedQuery {
  if (!text.trim()) throw new SavedQueryError(id, 1, 'the file is empty');
  const lines = text.split('\n');
  const header = readHeader(id, lines);
  for (const key of ['name', 'description'] as const) {
    if (!header.values[key]?.trim()) {
      throw new SavedQueryError(
        id,
        header.lines[key] ?? 1,
        `needs a "// ${key}:" line in the header at the top of the file`,
      );
    }
  }
  const params = readParams(id, header);
  const cypher = lines.slice(header.length).join('\n').trim().replace(/;\s*$/, '');
  if (!cypher) {
    throw new SavedQueryError(id, header.length + 1, 'no Cypher follows the header lines');
  }
  return {
    id,
    name: (header.values.name ?? '').trim(),
    description: (header.values.description ?? '').trim(),
    audience: (header.values.audience ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    cypher,
    params,
  };
}

/** Every readable query of a folder, and the files left out with the reason. */
export function readSavedQueryFolder(dir: string): {
  queries: SavedQuery[];
  problems: LibraryProblem[];
} {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
  } catch {
    // No library folder: no saved queries, which the workbench says.
    return { queries: [], problems: [] };
  }
  const queries: SavedQuery[] = [];
  const problems: LibraryProblem[] = [];
  for (const f of files) {
    const file = path.join(dir, f);
    const id = f.replace(/\.cypher$/, '');
    try {
      queries.push(parseSavedQuery(id, readFileSync(file, 'utf8')));
    } catch (error) {
      if (error instanceof SavedQueryError) {
        problems.push({ file, line: error.line, reason: error.reason });
      } else {
        const why = (error as NodeJS.ErrnoException).code ?? String(error);
        problems.push({ file, line: undefined, reason: `cannot be read (${why})` });
      }
    }
  }
  return { queries, problems };
}

/** A problem as one line, in the `file:line` form editors and terminals link. */
export function formatLibraryProblem(p: LibraryProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `Saved query ${where}: ${p.reason}; left out of the library (the other queries load).`;
}

/** The library for the app: a bad file is warned about, by file and line, and skipped. */
export function readSavedQueries(
  dir: string,
  warn: (message: string) => void = (m) => console.warn(m),
): SavedQuery[] {
  const { queries, problems } = readSavedQueryFolder(dir);
  for (const p of problems) warn(formatLibraryProblem(p));
  return queries;
}
