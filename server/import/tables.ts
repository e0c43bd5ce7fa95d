/**
 * Spreadsheets read into the core's tables: CSV and TSV files (streamed and
 * parsed by csv-parse, see csv-stream.ts) and `.xlsx` workbooks read as a
 * stream by exceljs. A workbook's formulas are never run: a cell's cached
 * value is taken, and a formula without one, or one that reaches into
 * another workbook, is refused with its cell.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ImportError, type Place } from '../../core/import/batch.js';
import type { Table } from '../../core/import/table.js';
import { ROWS_PER_REPORT, streamCsv, type RowsRead } from './csv-stream.js';
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

/** Every sheet of an .xlsx workbook as a table, rows streamed from the file. */
export async function readWorkbook(
  file: string,
  display: string,
  onRows: RowsRead = () => undefined,
): Promise<Table[]> {
  if (/\.xl[st]m$/i.test(file)) {
    throw new ImportError([
      {
        place: { file: display },
        message: 'a macro-enabled workbook is not read',
        fix: 'save it as .xlsx (macros are never run) and load that',
      },
    ]);
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const tables: Table[] = [];
  try {
    for await (const sheet of reader) {
      const ws = sheet as unknown as { id: number } & AsyncIterable<ExcelJS.Row>;
      const name = sheetName(reader as unknown as ReaderModel, ws.id);
      const table: Table = { place: { file: display, sheet: name }, name, header: [], rows: [] };
      for await (const row of ws) {
        const values = (row.values as CellValue[]) ?? [];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) {
          cells.push(
            cellText(values[c], {
              file: display,
              sheet: name,
              row: row.number,
              column: columnLetter(c),
            }),
          );
        }
        if (row.number === 1) table.header = cells;
        else table.rows.push({ row: row.number, cells });
        if (table.rows.length % ROWS_PER_REPORT === 0 && table.rows.length > 0) {
          onRows(`${display}, sheet "${name}"`, table.rows.length, false);
        }
      }
      onRows(`${display}, sheet "${name}"`, table.rows.length, true);
      if (table.header.some((h) => h.trim() !== '')) tables.push(table);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError([
      {
        place: { file: display },
        message: `the workbook cannot be read (${error instanceof Error ? error.message : String(error)})`,
        fix: 'save it again as an .xlsx workbook',
      },
    ]);
  }
  return tables;
}
