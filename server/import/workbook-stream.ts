/**
 * An .xlsx workbook read as a stream by exceljs, a sheet at a time, its rows
 * in runs (the header is row 1), so that nothing holds a whole sheet: the
 * whole-file reader (tables.ts) collects the runs, and the two-pass import
 * (streamed.ts) reads each sheet again as it needs it. A workbook's formulas
 * are never run: a cell's cached value is taken, and a formula without one,
 * or one that reaches into another workbook, is refused with its cell.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { ImportError, type Place } from '../../core/import/batch.js';
import type { TableRow } from '../../core/import/table.js';
import { ROWS_PER_REPORT, type RowsRead } from './csv-stream.js';

/** Rows handed on together, as the CSV reader hands them. */
const RUN = 1_000;

type CellValue = ExcelJS.CellValue;

const EXTERNAL = /\[[^\]]*\]/;

function cellText(value: CellValue, place: Place): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : '';
  if ('error' in value) {
    throw new ImportError([
      { place, message: `the cell holds the error ${value.error}`, fix: 'type the value in' },
    ]);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    if (typeof formula === 'string' && EXTERNAL.test(formula)) {
      throw new ImportError([
        {
          place,
          message: `the formula =${formula} reads another workbook, which is never opened`,
          fix: 'paste the values in place of the formula',
        },
      ]);
    }
    if (value.result === undefined || value.result === null) {
      throw new ImportError([
        {
          place,
          message: `the formula =${String(formula)} has no saved value, and formulas are never run`,
          fix: 'open and save the workbook in a spreadsheet program, or paste the values',
        },
      ]);
    }
    return cellText(value.result, place);
  }
  return '';
}

/** Column letter(s) of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

interface ReaderModel {
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

function sheetName(reader: ReaderModel, sheetId: number): string {
  const rel = reader.workbookRels?.find((r) => r.Target.endsWith(`sheet${sheetId}.xml`));
  const sheet = reader.model?.sheets?.find((s) => s.rId === rel?.Id);
  return sheet?.name ?? `Sheet${sheetId}`;
}

const quiet: RowsRead = () => undefined;

function cellsOf(row: ExcelJS.Row, display: string, sheet: string): string[] {
  const values = (row.values as CellValue[] | undefined) ?? [];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) {
    const place = { file: display, sheet, row: row.number, column: columnLetter(c) };
    cells.push(cellText(values[c], place));
  }
  return cells;
}

/** A run of one sheet's rows; `last` on the sheet's final run (which may be empty). */
export interface SheetRun {
  sheet: string;
  rows: TableRow[];
  last: boolean;
}

function refuseMacros(file: string, display: string): void {
  if (!/\.xl[st]m$/i.test(file)) return;
  throw new ImportError([
    {
      place: { file: display },
      message: 'a macro-enabled workbook is not read',
      fix: 'save it as .xlsx (macros are never run) and load that',
    },
  ]);
}

function unreadable(error: unknown, display: string): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError([
    {
      place: { file: display },
      message: `the workbook cannot be read (${error instanceof Error ? error.message : String(error)})`,
      fix: 'save it again as an .xlsx workbook',
    },
  ]);
}

/**
 * Every sheet's rows in runs, sheet after sheet, with progress every
 * ROWS_PER_REPORT rows and at each sheet's end. Stopping early (a reader
 * that wanted one sheet) closes the file.
 */
export async function* workbookRuns(
  file: string,
  display: string,
  onRows: RowsRead = quiet,
): AsyncGenerator<SheetRun> {
  refuseMacros(file, display);
  const input = createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as { id: number } & AsyncIterable<ExcelJS.Row>;
      const name = sheetName(reader as unknown as ReaderModel, ws.id);
      const where = `${display}, sheet "${name}"`;
      let run: TableRow[] = [];
      let count = 0;
      for await (const row of ws) {
        run.push({ row: row.number, cells: cellsOf(row, display, name) });
        if (row.number !== 1 && ++count % ROWS_PER_REPORT === 0) onRows(where, count, false);
        if (run.length >= RUN) {
          yield { sheet: name, rows: run, last: false };
          run = [];
        }
      }
      onRows(where, count, true);
      yield { sheet: name, rows: run, last: true };
    }
  } catch (error) {
    throw unreadable(error, display);
  } finally {
    input.destroy();
  }
}

/** A sheet of a workbook as the two-pass import reads it (sheet-plan.ts's SheetInput). */
export interface WorkbookSheet {
  sheet: string;
  /** The sheet's rows in runs, read afresh from the file each time; the first read reports progress. */
  rows: (onRows: RowsRead) => AsyncGenerator<TableRow[]>;
}

/** One sheet's runs: the workbook read up to the end of that sheet, the others' rows passed over. */
async function* sheetRows(
  file: string,
  display: string,
  sheet: string,
  onRows: RowsRead,
): AsyncGenerator<TableRow[]> {
  const ours: RowsRead = (where, rows, done) => {
    if (where.endsWith(`sheet "${sheet}"`)) onRows(where, rows, done);
  };
  for await (const run of workbookRuns(file, display, ours)) {
    if (run.sheet !== sheet) continue;
    if (run.rows.length > 0) yield run.rows;
    if (run.last) return;
  }
}

/**
 * The sheets of a workbook with a header in row 1, in order (found by one
 * read of the file that keeps no rows), each to be read again as needed.
 */
export async function workbookSheets(file: string, display: string): Promise<WorkbookSheet[]> {
  const named: string[] = [];
  let seen: string | undefined;
  for await (const run of workbookRuns(file, display)) {
    if (run.sheet === seen) continue;
    seen = run.sheet;
    const first = run.rows[0];
    if (first?.row === 1 && first.cells.some((c) => c.trim() !== '')) named.push(run.sheet);
  }
  return named.map((sheet) => ({
    sheet,
    rows: (onRows) => sheetRows(file, display, sheet, onRows),
  }));
}
