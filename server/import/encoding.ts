/**
 * Text files as people save them: UTF-8 with or without a byte-order mark,
 * UTF-16 with one (Excel's "Unicode text"), or Latin-1 from older tools.
 * Latin-1 is taken only when the manifest says so or the bytes can be
 * nothing else; anything else is refused with what to do.
 */
import { ImportError, type Place } from '../../core/import/batch.js';

export type Encoding = 'utf-8' | 'latin1';

function refuse(place: Place, message: string, fix: string): never {
  throw new ImportError([{ place, message, fix }]);
}

/** 1-based line of byte `offset`, counting LF bytes before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes cheaply: find the first byte the fatal decoder rejects by bisection.
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The text of a file's bytes. `declared` is the manifest's `import.encoding`.
 * Returns the encoding read, so the CLI can say when it guessed Latin-1.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  declared?: Encoding,
): { text: string; encoding: string } {
  const place = { file };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  if (declared === 'latin1') {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'Latin-1 (manifest)' };
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    refuse(
      place,
      'the file holds NUL bytes: UTF-16 without a byte-order mark, or not text at all',
      'save it as UTF-8 (or UTF-16 with a byte-order mark)',
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (declared === 'utf-8') {
      refuse(
        { file, line: lineAt(bytes, bad) },
        `byte ${bad} is not UTF-8 though the manifest says utf-8`,
        'save the file as UTF-8, or set "encoding": "latin1" under import in ontology.json',
      );
    }
    // Invalid UTF-8 with no control bytes outside tab and line ends reads as Latin-1 (Windows-1252).
    const text = new TextDecoder('windows-1252').decode(bytes);
    // eslint-disable-next-line no-control-regex -- control bytes mean the file is not Latin-1 text
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
      refuse(
        { file, line: lineAt(bytes, bad) },
        'the file is neither UTF-8 nor Latin-1 text',
        'save it as UTF-8, or set "encoding" under import in ontology.json',
      );
    }
    return { text, encoding: 'Latin-1 (detected: not UTF-8)' };
  }
}
