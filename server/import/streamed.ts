/**
 * A folder or file of CSV/TSV sheets or .xlsx workbooks imported in two passes: the first
 * (sheet-plan.ts) types the columns, indexes the ids and refuses what is
 * wrong; the second (sheet-stream.ts) runs while the load's transaction is
 * open, its statements handed to the loader as they are made. The same
 * statements written one after another are the script --emit-cypher writes.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { SheetMapping } from '../../core/import/mapping.js';
import type { ImportOptions } from '../../core/import/options.js';
import type { ImportStatement } from '../../core/import/cypher.js';
import type { CypherFile } from '../loader/dataset.js';
import type { ScriptStep } from '../loader/statements.js';
import { csvRows, isUtf8, type RowsRead } from './csv-stream.js';
import { planSheets, type SheetInput, type StreamPlan } from './sheet-plan.js';
import { dataStatementCount, schemaStatements, streamStatements } from './sheet-stream.js';
import { ScriptLines } from '../../core/import/cypher.js';
import { workbookSheets } from './workbook-stream.js';

export const CSV = /\.(csv|tsv)$/i;
/** Workbooks read in two passes too (.xlsm is refused: its macros are never run). */
export const WORKBOOK = /\.xlsx$/i;

const quiet = () => undefined;

export interface StreamedSheets {
  plan: StreamPlan;
  schema: ImportStatement[];
  file: CypherFile;
  writeScript: (to: string) => Promise<void>;
  mapping: SheetMapping[];
}

/** What the first pass guessed of each sheet, as the import dialog shows it (cf. sheetMapping). */
function mappingOf(plan: StreamPlan): SheetMapping[] {
  return plan.sheets.map((s) => {
    const columns: Record<string, string> = {};
    for (const [part, i] of Object.entries(s.roles)) {
      const header = i === undefined ? undefined : s.header[i];
      if (header !== undefined) columns[part] = header;
    }
    const dates = s.header.filter((h, i) => !s.taken.has(i) && s.shapes[i]?.type === 'date');
    if (dates.length > 0) columns.date = dates.join(', ');
    return {
      file: s.place.file,
      sheet: s.place.sheet ?? null,
      role: s.role,
      rows: s.rows,
      columns,
      properties: s.header.filter((h, i) => !s.taken.has(i) && h.trim() !== ''),
    };
  });
}

/** Every statement with the text and first line it has in the script. */
async function* numbered(
  heading: string[],
  schema: ImportStatement[],
  data: AsyncIterable<ImportStatement> | Iterable<ImportStatement>,
): AsyncGenerator<{ statement: ImportStatement; text: string; line: number }> {
  const lines = new ScriptLines(heading);
  for (const statement of schema) yield { statement, ...lines.next(statement) };
  for await (const statement of data) yield { statement, ...lines.next(statement) };
}

/** Reads the sheets once (the first pass); the second is made ready to run as the load's steps. */
export async function readStreamed(
  files: string[],
  display: (file: string) => string,
  options: ImportOptions,
  script: { shown: string; heading: string[] },
  notes: string[],
  onRows?: RowsRead,
): Promise<StreamedSheets> {
  const noteOnce = (n: string) => {
    if (!notes.includes(n)) notes.push(n);
  };
  const { heading } = script;
  const inputs: SheetInput[] = [];
  for (const file of files) {
    if (WORKBOOK.test(file)) {
      for (const { sheet, rows } of await workbookSheets(file, display(file))) {
        inputs.push({
          file,
          place: { file: display(file), sheet },
          name: sheet,
          rows: () => rows(onRows ?? quiet),
          again: () => rows(quiet),
        });
      }
      continue;
    }
    // Each file is read three or four times (its header, the two passes, its sources' links): checked for UTF-8 once.
    let utf8: Promise<boolean> | undefined;
    const checked = () => (utf8 ??= isUtf8(file));
    const read = (report: RowsRead) =>
      csvRows(file, display(file), options.encoding, noteOnce, report, checked);
    inputs.push({
      file,
      place: { file: display(file) },
      name: path.basename(file).replace(/\.[^.]+$/, ''),
      rows: () => read(onRows ?? quiet),
      // The load reports its statements, not the rows read again.
      again: () => read(quiet),
    });
  }
  const plan = await planSheets(inputs, options);
  const schema = schemaStatements(plan);
  const all = () => numbered(heading, schema, streamStatements(plan, options));
  const steps = async function* (): AsyncGenerator<ScriptStep> {
    for await (const { statement, line } of all()) {
      if (statement.kind === 'data') {
        yield { kind: 'data', text: statement.text, line, what: statement.what };
      }
    }
  };
  const schemaSteps: ScriptStep[] = [];
  for await (const { statement, line } of numbered(heading, schema, [])) {
    schemaSteps.push({ kind: 'schema', text: statement.text, line });
  }
  const file: CypherFile = {
    displayPath: script.shown,
    steps: schemaSteps,
    produced: { count: dataStatementCount(plan), steps },
  };
  const writeScript = async (to: string) => {
    const out = createWriteStream(to);
    try {
      if (!out.write(ScriptLines.headingText(heading))) await once(out, 'drain');
      for await (const { text } of all()) if (!out.write(text)) await once(out, 'drain');
    } finally {
      out.end();
      await once(out, 'close');
    }
  };
  return { plan, schema, file, writeScript, mapping: mappingOf(plan) };
}
