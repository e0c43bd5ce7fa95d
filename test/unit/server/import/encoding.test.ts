import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../core/import/batch.js';
import { decodeText } from '../../../../server/import/encoding.js';

const text = 'Id,Label\nz1,Zoë Łukasz\n';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  return '';
}

describe('text encodings', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(decodeText(utf8, 'f.csv')).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'f.csv').text).toBe(
      text,
    );
  });

  it('reads UTF-16 little- and big-endian by their byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le, 'f.csv')).toEqual({ text, encoding: 'UTF-16LE' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f.csv').text).toBe(text);
  });

  it('detects Latin-1 where the bytes are not UTF-8, and says so', () => {
    const latin1 = Buffer.from('Id,Label\nc1,Café Crème\n', 'latin1');
    expect(decodeText(latin1, 'f.csv')).toEqual({
      text: 'Id,Label\nc1,Café Crème\n',
      encoding: 'Latin-1 (detected: not UTF-8)',
    });
  });

  it('refuses UTF-16 without a byte-order mark, and Latin-1 where the manifest says UTF-8, naming the line', () => {
    expect(refusal(() => decodeText(Buffer.from(text, 'utf16le'), 'f.csv'))).toMatch(
      /^f\.csv: the file holds NUL bytes/,
    );
    const latin1 = Buffer.from('Id,Label\nc1,Café\n', 'latin1');
    expect(refusal(() => decodeText(latin1, 'f.csv', 'utf-8'))).toMatch(
      /^f\.csv, line 2: byte \d+ is not UTF-8 though the manifest says utf-8/,
    );
  });
});
