/**
 * A CSV or TSV file read as a stream: bytes decoded chunk by chunk and
 * parsed row by row by csv-parse, so the file's text is never held whole
 * and the rows read can be reported as they come. UTF-8 (with or without a
 * byte-order mark) streams; a file that turns out not to be UTF-8, or is
 * UTF-16 or declared Latin-1, is read whole by encoding.ts, which alone
 * decides what is refused and how, so the two paths say the same things.
 */
import { createReadStream, openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import { ImportError } from '../../core/import/batch.js';
import type { TableRow } from '../../core/import/table.js';
import { decodeText, type Encoding } from './encoding.js';

/** How often (in rows) a file's progress is reported. */
export const ROWS_PER_REPORT = 25_000;

/** What a file's progress counts: a sheet's rows, an XML file's elements, FtM's entities. */
export type ReadUnit = 'rows' | 'elements' | 'entities';

/** Told how many rows (elements, entities) of a file have been read; `done` on its last report. */
export type RowsRead = (file: string, rows: number, done: boolean, unit?: ReadUnit) => void;

export interface CsvRead {
  header: string[];
  rows: TableRow[];
}

function firstBytes(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Whether the file can be read as a UTF-8 stream (else encoding.ts reads it whole). */
function streamsAsUtf8(head: Buffer, declared: Encoding | undefined): boolean {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return declared !== 'latin1' && !utf16 && !head.includes(0);
}

/** The file's text in chunks; throws a TypeError at the first byte that is not UTF-8. */
async function* utf8Chunks(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function delimiterOf(file: string, firstLine: string): string {
  return file.endsWith('.tsv') || (firstLine.includes('\t') && !firstLine.includes(','))
    ? '\t'
    : ',';
}

const OPTIONS: Options = { relax_column_count: true, skip_empty_lines: false, bom: true };

/** Records in runs of up to this many: an await per record cost a third more time. */
const RUN = 1_000;

/** Waits until the parser has records again, has ended, or failed. */
function readable(parser: ReturnType<typeof parse>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      off();
      resolve();
    };
    const fail = (error: unknown) => {
      off();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const off = () => {
      parser.off('readable', done);
      parser.off('end', done);
      parser.off('error', fail);
    };
    parser.on('readable', done);
    parser.on('end', done);
    parser.on('error', fail);
  });
}

/** The parser's records in runs, as it has them; the reader waits while they are used. */
async function* records(parser: ReturnType<typeof parse>): AsyncGenerator<string[][]> {
  for (;;) {
    const run: string[][] = [];
    let record: string[] | null;
    while (run.length < RUN && (record = parser.read() as string[] | null) !== null) {
      run.push(record);
    }
    if (run.length > 0) {
      yield run;
      continue;
    }
    if (parser.errored) throw parser.errored;
    if (parser.readableEnded) return;
    await readable(parser);
  }
}

function readFailure(error: unknown, display: string): Error {
  if (error instanceof TypeError && /decode|encoded/i.test(error.message)) return error;
  const e = error as { lines?: number; message?: string };
  return new ImportError([
    {
      place: { file: display, line: e.lines },
      message: `the CSV cannot be read (${e.message ?? String(error)})`,
      fix: 'close the quote or fix the line, and load again',
    },
  ]);
}

/** Rows in runs (the header is row 1), with progress every ROWS_PER_REPORT rows and at the end. */
async function* parseChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  file: string,
  display: string,
  onRows: RowsRead,
): AsyncGenerator<TableRow[]> {
  const source = (async function* () {
    for await (const text of chunks) yield text;
  })();
  // The delimiter is told by the first line, so the parser starts with the first chunk.
  const first = await source.next();
  if (first.done) return;
  const text = first.value;
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // A deep buffer of records, so the reader takes them in runs rather than sixteen at a time.
  const parser = parse({
    ...OPTIONS,
    delimiter: delimiterOf(file, firstLine),
    readableHighWaterMark: RUN,
  } as Options);
  const input = Readable.from(
    (async function* () {
      yield text;
      yield* source;
    })(),
  );
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  let n = 0;
  try {
    for await (const run of records(parser)) {
      const rows = run.map((cells) => ({ row: ++n, cells }));
      yield rows;
      const before = n - run.length;
      if (Math.floor(n / ROWS_PER_REPORT) > Math.floor(before / ROWS_PER_REPORT)) {
        onRows(display, Math.floor(n / ROWS_PER_REPORT) * ROWS_PER_REPORT - 1, false);
      }
    }
  } catch (error) {
    throw readFailure(error, display);
  } finally {
    input.unpipe(parser);
    input.destroy();
    parser.destroy();
  }
  onRows(display, Math.max(0, n - 1), true);
}

/** Whether every byte of the file is UTF-8 (read as a stream; nothing is kept). */
export async function isUtf8(file: string): Promise<boolean> {
  try {
    for await (const chunk of utf8Chunks(file)) void chunk;
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/**
 * A CSV or TSV file's rows in runs (the header is row 1), streamed where it
 * is UTF-8; a file in another encoding is decoded whole by encoding.ts,
 * which says what it read or why it refuses.
 */
export async function* csvRows(
  file: string,
  display: string,
  encoding: Encoding | undefined,
  note: (message: string) => void,
  onRows: RowsRead,
  /** Whether the file is UTF-8, when a reader of it several times found it out once. */
  utf8: () => Promise<boolean> = () => isUtf8(file),
): AsyncGenerator<TableRow[]> {
  if (streamsAsUtf8(firstBytes(file, 4096), encoding) && (await utf8())) {
    yield* parseChunks(utf8Chunks(file), file, display, onRows);
    return;
  }
  const { text, encoding: read } = decodeText(readFileSync(file), display, encoding);
  if (read.startsWith('Latin-1 (detected')) note(`${display} is not UTF-8: read as Latin-1`);
  yield* parseChunks([text], file, display, onRows);
}

/** A CSV or TSV file's header and rows, read as a stream where it is UTF-8. */
export async function streamCsv(
  file: string,
  display: string,
  encoding: Encoding | undefined,
  note: (message: string) => void,
  onRows: RowsRead,
): Promise<CsvRead> {
  const out: CsvRead = { header: [], rows: [] };
  for await (const run of csvRows(file, display, encoding, note, onRows)) {
    for (const r of run) {
      if (r.row === 1) out.header = r.cells;
      else out.rows.push({ row: r.row, cells: r.cells });
    }
  }
  return out;
}
