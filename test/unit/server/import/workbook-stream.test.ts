// A workbook read a sheet at a time for the two-pass import: its sheets
// listed in order, each read again from the file with the rows the
// whole-file reader gives, progress told for that sheet alone, and a reader
// that stops early leaving the file to be read again. The fixture stores
// its shared strings, styles and workbook part after the sheets, as exceljs
// writes them: the parts a streaming read once lost.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TableRow } from '../../../../core/import/table.js';
import { readWorkbook } from '../../../../server/import/tables.js';
import {
  XLSX_MAX_UNPACKED_BYTES,
  workbookSheets,
} from '../../../../server/import/workbook-stream.js';
import { projectRoot } from '../../../../server/project-paths.js';
import { zipClaiming } from '../../../fixtures/import/zip-claiming.js';

const file = path.join(projectRoot, 'test', 'fixtures', 'import', 'workbook', 'magnet-buyers.xlsx');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'reg-workbook-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function all(runs: AsyncIterable<TableRow[]> | TableRow[][]): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const run of runs) rows.push(...run);
  return rows;
}

describe('a workbook read a sheet at a time', () => {
  it('lists the sheets with a header, and reads each with the rows the whole-file reader gives', async () => {
    const whole = await readWorkbook(file, 'magnet-buyers.xlsx');
    const sheets = await workbookSheets(file, 'magnet-buyers.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual(whole.map((t) => t.name));
    for (const [i, s] of sheets.entries()) {
      const table = whole[i];
      const rows = await all(s.rows(() => undefined));
      expect(rows[0]).toEqual({ row: 1, cells: table?.header });
      expect(rows.slice(1)).toEqual(table?.rows);
    }
  });

  it('tells the progress of the sheet read, not of the sheets passed over', async () => {
    const sheets = await workbookSheets(file, 'magnet-buyers.xlsx');
    const last = sheets.at(-1);
    const told: string[] = [];
    await all(last?.rows((where, n, done) => told.push(`${where}:${n}:${done}`)) ?? []);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(new RegExp(`sheet "${last?.sheet}":\\d+:true$`));
  });

  it('reads a sheet again after a reader stopped at its first run', async () => {
    const [first] = await workbookSheets(file, 'magnet-buyers.xlsx');
    for await (const run of first?.rows(() => undefined) ?? []) {
      expect(run[0]?.row).toBe(1);
      break;
    }
    expect((await all(first?.rows(() => undefined) ?? [])).length).toBeGreaterThan(1);
  });

  it('reads the text, dates and sheet names stored after the sheets in the zip', async () => {
    const [actors] = await workbookSheets(file, 'magnet-buyers.xlsx');
    expect(actors?.sheet).toBe('Actors');
    const rows = await all(actors?.rows(() => undefined) ?? []);
    const order = rows.find((r) => r.cells[0] === 'wb-order');
    expect(rows[1]?.cells[1]).toBe('Kestrel Magnetics');
    expect(order?.cells[5]).toBe('2025-03-14');
  });

  // Bounded by count and by 15 s; the test's own timeout leaves room on a loaded machine.
  it(
    'reads every sheet whole 200 times in a row, each read after one that stopped early',
    { timeout: 60_000 },
    async () => {
      const started = Date.now();
      let reads = 0;
      for (let i = 0; i < 200 && Date.now() - started < 15_000; i++) {
        const sheets = await workbookSheets(file, 'magnet-buyers.xlsx');
        for await (const run of sheets[0]?.rows(() => undefined) ?? []) {
          expect(run.length).toBeGreaterThan(0);
          break;
        }
        const whole = await readWorkbook(file, 'magnet-buyers.xlsx');
        expect(whole.map((t) => t.name)).toEqual(['Actors', 'Ties']);
        reads++;
      }
      expect(reads).toBeGreaterThan(20);
    },
  );

  it('refuses a file that is not a zip archive with what to do', async () => {
    const fake = path.join(tmp, 'not-a-workbook.xlsx');
    writeFileSync(fake, 'Id,Label\nx,y\n');
    await expect(workbookSheets(fake, 'not-a-workbook.xlsx')).rejects.toThrow(
      /not-a-workbook\.xlsx: the workbook cannot be read \(.*\); save it again as an \.xlsx workbook/,
    );
  });

  it('refuses a workbook that unpacks to more than a workbook may, before reading its parts', async () => {
    const bomb = path.join(tmp, 'bomb.xlsx');
    writeFileSync(bomb, zipClaiming('xl/worksheets/sheet1.xml', XLSX_MAX_UNPACKED_BYTES + 1));
    await expect(workbookSheets(bomb, 'bomb.xlsx')).rejects.toThrow(
      /bomb\.xlsx: the workbook unpacks to 1\.0 GB, more than the 1 GB a workbook is read to/,
    );
  });

  it('reads the parts of a workbook within the limit (the same archive, declared smaller)', async () => {
    const small = path.join(tmp, 'small.xlsx');
    writeFileSync(small, zipClaiming('xl/worksheets/sheet1.xml', 12));
    await expect(workbookSheets(small, 'small.xlsx')).rejects.toThrow(/it has no workbook part/);
  });

  it('refuses a macro-enabled workbook by its name, reading nothing of it', async () => {
    const xlsm = path.join(tmp, 'buyers.xlsm');
    copyFileSync(file, xlsm);
    await expect(workbookSheets(xlsm, 'buyers.xlsm')).rejects.toThrow(
      'a macro-enabled workbook is not read',
    );
  });
});
