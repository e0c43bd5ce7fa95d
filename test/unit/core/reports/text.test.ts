import { describe, expect, it } from 'vitest';
import { digestInput, locateQuote, reportParagraphs } from '../../../../core/reports/text.js';

describe('report text', () => {
  it('numbers non-blank lines as paragraphs, the headline first', () => {
    expect(reportParagraphs('Headline\n\n  Body one.  \r\n\nBody two.\n')).toEqual([
      'Headline',
      'Body one.',
      'Body two.',
    ]);
  });

  it('gives the same digest input whatever the quote marks, spacing and line breaks', () => {
    const a = digestInput(reportParagraphs('He said \u201chello\u201d.\r\nNext  line.'));
    const b = digestInput(reportParagraphs('He said "hello".\n\nNext line.'));
    expect(a).toBe(b);
  });

  it('finds a quote in a paragraph despite curly quotes and doubled spaces', () => {
    const p = 'The minister said \u201cwe  are ready\u201d on Monday.';
    const at = locateQuote(p, '"we are ready"');
    expect(at).not.toBeNull();
    expect(p.slice(at?.start, at?.end)).toBe('\u201cwe  are ready\u201d');
  });

  it('finds no quote that the paragraph lacks', () => {
    expect(locateQuote('Nothing here.', 'something')).toBeNull();
  });
});
