/**
 * A workbook row's cells as the import's text: a cell's cached value is
 * taken and a formula is never run; a formula without a saved value, one
 * that reaches into another workbook, or an error value is refused with
 * its cell.
 */
import type ExcelJS from 'exceljs';
import { ImportError, type Place } from '../../core/import/batch.js';

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

/** A row's cells as text, column A first. */
export function cellsOf(row: ExcelJS.Row, display: string, sheet: string): string[] {
  const values = (row.values as CellValue[] | undefined) ?? [];
  const cells: string[] = [];
  for (let c = 1; c < values.length; c++) {
    const place = { file: display, sheet, row: row.number, column: columnLetter(c) };
    cells.push(cellText(values[c], place));
  }
  return cells;
}
