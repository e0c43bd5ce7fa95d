/**
 * An .xlsx file opened through its zip's central directory (yauzl), so that
 * every part is found by name and read in the order a reader needs it.
 *
 * Why not exceljs's own streaming reader: it reads the zip in one pass, in
 * stored order, and its unzipper ends that pass when the input is consumed
 * rather than when every entry has been handed on. A part stored after the
 * sheets (workbook.xml in files exceljs writes; the shared strings or the
 * styles in others) was then sometimes never read: a valid workbook was
 * refused, or could have lost its text or dates. Reading by name cannot skip
 * a part.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface XlsxArchive {
  /** The bytes its parts unpack to, as its central directory declares them (yauzl checks each as it is read). */
  unpacked: number;
  /** The part stored under this name, or undefined when the file has none. */
  part: (name: string) => Promise<Readable | undefined>;
  close: () => void;
}

function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Opens the archive and lists its parts (the central directory only; no part is read yet). */
export async function openXlsx(file: string): Promise<XlsxArchive> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    const entries = await entriesOf(zip);
    let unpacked = 0;
    for (const entry of entries.values()) unpacked += entry.uncompressedSize;
    return {
      unpacked,
      part: async (name) => {
        const entry = entries.get(name);
        return entry ? zip.openReadStreamPromise(entry) : undefined;
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/**
 * The part a workbook relationship points at: targets are relative to xl/
 * ("worksheets/sheet1.xml") or absolute within the package ("/xl/…").
 */
export function partOfTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
