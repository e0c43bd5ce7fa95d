/**
 * A workbook's parts read by exceljs, one at a time from the archive
 * (xlsx-archive.ts): everything a sheet's cells refer to first, then a
 * sheet's rows as they are asked for.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { partOfTarget, type XlsxArchive } from './xlsx-archive.js';

/**
 * The steps of exceljs's streaming WorkbookReader (exceljs is pinned, and
 * these are its own methods), called here part by part in the order the
 * sheets need: relationships, workbook, shared strings, styles, then a sheet.
 */
export interface PartReader {
  model?: { sheets?: { id: number; name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string; Type?: string }[];
  _parseRels: (part: Readable) => Promise<void>;
  _parseWorkbook: (part: Readable) => Promise<void>;
  _parseSharedStrings: (part: Readable) => AsyncIterable<unknown>;
  _parseStyles: (part: Readable) => Promise<void>;
  _parseWorksheet: (
    part: Readable,
    sheetNo: string,
  ) => Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

const READ_OPTIONS = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
  entries: 'ignore',
} as const;

/** A worksheet of the workbook, in tab order, and the part that holds it. */
export interface SheetPart {
  name: string;
  part: string;
}

/** Runs a step that yields what it reads (nothing, as the strings are cached). */
async function drain(steps: AsyncIterable<unknown>): Promise<void> {
  const it = steps[Symbol.asyncIterator]();
  while (!(await it.next()).done) continue;
}

async function readPart(
  archive: XlsxArchive,
  name: string,
  read: (part: Readable) => Promise<void>,
): Promise<boolean> {
  const part = await archive.part(name);
  if (!part) return false;
  await read(part);
  return true;
}

/** Reads everything but the sheets' rows, and lists the worksheets (chart sheets have no rows). */
export async function openBook(
  archive: XlsxArchive,
): Promise<{ reader: PartReader; sheets: SheetPart[] }> {
  // Its input is never read: the parts are handed to it one by one.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader('', READ_OPTIONS) as unknown as PartReader;
  const rels = await readPart(archive, 'xl/_rels/workbook.xml.rels', (p) => reader._parseRels(p));
  const book = await readPart(archive, 'xl/workbook.xml', (p) => reader._parseWorkbook(p));
  if (!rels || !book) throw new Error('it has no workbook part');
  await readPart(archive, 'xl/sharedStrings.xml', (p) => drain(reader._parseSharedStrings(p)));
  await readPart(archive, 'xl/styles.xml', (p) => reader._parseStyles(p));
  const sheets: SheetPart[] = [];
  for (const sheet of reader.model?.sheets ?? []) {
    const rel = reader.workbookRels?.find((r) => r.Id === sheet.rId);
    if (!rel || !/(^|\/)worksheets\/[^/]+\.xml$/.test(rel.Target)) continue;
    sheets.push({ name: sheet.name, part: partOfTarget(rel.Target) });
  }
  return { reader, sheets };
}

/** A sheet's rows, parsed from its own part as they are asked for. */
export async function* rowsOf(
  reader: PartReader,
  archive: XlsxArchive,
  sheet: SheetPart,
): AsyncGenerator<ExcelJS.Row> {
  const part = await archive.part(sheet.part);
  if (!part) throw new Error(`its sheet "${sheet.name}" is missing (${sheet.part})`);
  const sheetNo = /(\d+)\.xml$/.exec(sheet.part)?.[1] ?? '0';
  try {
    for (const { eventType, value } of reader._parseWorksheet(part, sheetNo)) {
      if (eventType === 'worksheet') yield* value;
    }
  } finally {
    // A reader that stopped early leaves the rest of the part unread.
    part.destroy();
  }
}
