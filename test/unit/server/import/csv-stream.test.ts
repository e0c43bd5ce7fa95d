// The streamed CSV reader: rows as csv-parse reads them, progress every
// ROWS_PER_REPORT rows and at the end, and the same refusals and notes as
// the whole-file reader where a file is not UTF-8.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../core/import/batch.js';
import { ROWS_PER_REPORT, streamCsv } from '../../../../server/import/csv-stream.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'csv-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const quiet = () => undefined;

describe('streamCsv', () => {
  it('reads every row, numbered as in the sheet, and reports progress as it goes', async () => {
    const rows = ROWS_PER_REPORT * 2 + 7;
    const lines = ['Id,Label'];
    for (let i = 0; i < rows; i++) lines.push(`n${i},"Firm, ${i}"`);
    const file = write('many.csv', `\uFEFF${lines.join('\n')}\n`);
    const reports: [number, boolean][] = [];
    const read = await streamCsv(file, 'many.csv', undefined, quiet, (_f, n, done) =>
      reports.push([n, done]),
    );
    expect(read.header).toEqual(['Id', 'Label']);
    expect(read.rows).toHaveLength(rows);
    expect(read.rows[rows - 1]).toEqual({
      row: rows + 1,
      cells: [`n${rows - 1}`, `Firm, ${rows - 1}`],
    });
    expect(reports).toEqual([
      [ROWS_PER_REPORT - 1, false],
      [ROWS_PER_REPORT * 2 - 1, false],
      [rows, true],
    ]);
  });

  it('reads a TSV by the tab in its header', async () => {
    const read = await streamCsv(
      write('t.tsv', 'Id\tLabel\nz1\tA, B\n'),
      't.tsv',
      undefined,
      quiet,
      quiet,
    );
    expect(read.rows[0]?.cells).toEqual(['z1', 'A, B']);
  });

  it('reads a file that is not UTF-8 as Latin-1 and says so', async () => {
    const notes: string[] = [];
    const bytes = Buffer.from('Id,Label\nz1,Zo\xeb\n', 'latin1');
    const read = await streamCsv(
      write('l.csv', bytes),
      'l.csv',
      undefined,
      (n) => notes.push(n),
      quiet,
    );
    expect(read.rows[0]?.cells).toEqual(['z1', 'Zoë']);
    expect(notes).toEqual(['l.csv is not UTF-8: read as Latin-1']);
  });

  it('names the line of a quote never closed', async () => {
    const file = write('q.csv', 'Id,Label\nz1,"open\nz2,B\n');
    const error = await streamCsv(file, 'q.csv', undefined, quiet, quiet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^q\.csv, line \d+: the CSV cannot be read/);
  });
});
