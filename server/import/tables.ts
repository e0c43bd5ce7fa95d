/**
 * Spreadsheets read into the core's tables: CSV and TSV files (streamed and
 * parsed by csv-parse, see csv-stream.ts) and `.xlsx` workbooks read a
 * sheet at a time (workbook-stream.ts). A workbook's formulas are never
 * run: a cell's cached value is taken, and a formula without one, or one
 * that reaches into another workbook, is refused with its cell.
 */
import path from 'node:path';
import type { Table } from '../../core/import/table.js';
import { streamCsv, type RowsRead } from './csv-stream.js';
import { workbookRuns } from './workbook-stream.js';
import type { Encoding } from './encoding.js';

const baseName = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

/** A CSV or TSV file (a tab in the header line makes it TSV) as a table, read as a stream (csv-stream.ts). */
export async function readCsv(
  file: string,
  display: string,
  encoding?: Encoding,
  note: (message: string) => void = () => undefined,
  onRows: RowsRead = () => undefined,
): Promise<Table> {
  const { header, rows } = await streamCsv(file, display, encoding, note, onRows);
  return { place: { file: display }, name: baseName(file), header, rows };
}

/** Every sheet of an .xlsx workbook with a header as a table (workbook-stream.ts reads it). */
export async function readWorkbook(
  file: string,
  display: string,
  onRows: RowsRead = () => undefined,
): Promise<Table[]> {
  const tables: Table[] = [];
  let table: Table | undefined;
  for await (const run of workbookRuns(file, display, onRows)) {
    if (table?.name !== run.sheet) {
      table = { place: { file: display, sheet: run.sheet }, name: run.sheet, header: [], rows: [] };
      tables.push(table);
    }
    for (const row of run.rows) {
      if (row.row === 1) table.header = row.cells;
      else table.rows.push(row);
    }
  }
  return tables.filter((t) => t.header.some((h) => h.trim() !== ''));
}
