/**
 * An .xlsx workbook read a sheet at a time, its rows in runs (the header is
 * row 1), so that nothing holds a whole sheet: the whole-file reader
 * (tables.ts) collects the runs, and the two-pass import (streamed.ts) reads
 * each sheet again as it needs it. The parts are found through the zip's
 * central directory (xlsx-archive.ts) and parsed by exceljs (xlsx-book.ts);
 * cells become text in xlsx-cells.ts.
 */
import type ExcelJS from 'exceljs';
import { ImportError } from '../../core/import/batch.js';
import type { TableRow } from '../../core/import/table.js';
import { ROWS_PER_REPORT, type RowsRead } from './csv-stream.js';
import { openXlsx } from './xlsx-archive.js';
import { openBook, rowsOf } from './xlsx-book.js';
import { cellsOf } from './xlsx-cells.js';

/** Rows handed on together, as the CSV reader hands them. */
const RUN = 1_000;

const quiet: RowsRead = () => undefined;

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

/**
 * The most a workbook may unpack to: a sheet of Excel's million rows is a
 * few hundred MB of XML, while a 20 MB upload built to unpack to gigabytes
 * would hold the reader far past its deadline.
 */
export const XLSX_MAX_UNPACKED_BYTES = 1_000_000_000;

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
 * The workbook's archive, its sheets in tab order and the reader that parses
 * them; refused (as unreadable, or past XLSX_MAX_UNPACKED_BYTES) before any
 * sheet is read. The caller closes the archive.
 */
async function openSheets(file: string, display: string) {
  refuseMacros(file, display);
  const archive = await openXlsx(file).catch((error: unknown) => {
    throw unreadable(error, display);
  });
  try {
    if (archive.unpacked > XLSX_MAX_UNPACKED_BYTES) throw tooLarge(archive.unpacked, display);
    return { archive, ...(await openBook(archive)) };
  } catch (error) {
    archive.close();
    throw unreadable(error, display);
  }
}

function tooLarge(unpacked: number, display: string): ImportError {
  return new ImportError([
    {
      place: { file: display },
      message: `the workbook unpacks to ${(unpacked / 1e9).toFixed(1)} GB, more than the ${XLSX_MAX_UNPACKED_BYTES / 1e9} GB a workbook is read to`,
      fix: 'save each sheet as a CSV file (read as a stream, with no such limit) and load those',
    },
  ]);
}

/**
 * The sheets' rows in runs (every sheet in tab order, or only the one
 * named), with progress every ROWS_PER_REPORT rows and at each sheet's end.
 * Stopping early closes the file.
 */
export async function* workbookRuns(
  file: string,
  display: string,
  onRows: RowsRead = quiet,
  only?: string,
): AsyncGenerator<SheetRun> {
  const { archive, reader, sheets } = await openSheets(file, display);
  try {
    for (const sheet of sheets) {
      if (only !== undefined && sheet.name !== only) continue;
      const where = `${display}, sheet "${sheet.name}"`;
      let run: TableRow[] = [];
      let count = 0;
      for await (const row of rowsOf(reader, archive, sheet)) {
        run.push({ row: row.number, cells: cellsOf(row, display, sheet.name) });
        if (row.number !== 1 && ++count % ROWS_PER_REPORT === 0) onRows(where, count, false);
        if (run.length >= RUN) {
          yield { sheet: sheet.name, rows: run, last: false };
          run = [];
        }
      }
      onRows(where, count, true);
      yield { sheet: sheet.name, rows: run, last: true };
    }
  } catch (error) {
    throw unreadable(error, display);
  } finally {
    archive.close();
  }
}

/** A sheet of a workbook as the two-pass import reads it (sheet-plan.ts's SheetInput). */
export interface WorkbookSheet {
  sheet: string;
  /** The sheet's rows in runs, read afresh from the file each time. */
  rows: (onRows: RowsRead) => AsyncGenerator<TableRow[]>;
}

/** One sheet's runs, read from its own part alone. */
async function* sheetRows(
  file: string,
  display: string,
  sheet: string,
  onRows: RowsRead,
): AsyncGenerator<TableRow[]> {
  for await (const run of workbookRuns(file, display, onRows, sheet)) {
    if (run.rows.length > 0) yield run.rows;
  }
}

/** Whether a sheet's first row is row 1 with a cell filled in (read no further than that row). */
async function hasHeader(
  rows: AsyncIterable<ExcelJS.Row>,
  display: string,
  sheet: string,
): Promise<boolean> {
  for await (const row of rows) {
    return row.number === 1 && cellsOf(row, display, sheet).some((c) => c.trim() !== '');
  }
  return false;
}

/** The sheets of a workbook with a header in row 1, in tab order, each to be read as needed. */
export async function workbookSheets(file: string, display: string): Promise<WorkbookSheet[]> {
  const { archive, reader, sheets } = await openSheets(file, display);
  const named: string[] = [];
  try {
    for (const sheet of sheets) {
      if (await hasHeader(rowsOf(reader, archive, sheet), display, sheet.name))
        named.push(sheet.name);
    }
  } catch (error) {
    throw unreadable(error, display);
  } finally {
    archive.close();
  }
  return named.map((sheet) => ({
    sheet,
    rows: (onRows) => sheetRows(file, display, sheet, onRows),
  }));
}
