import { describe, expect, it } from 'vitest';
import {
  binaryKind,
  checkInput,
  checkParagraphs,
  formatOf,
  InputProblem,
  markdownParagraphs,
  MAX_INPUT_CHARS,
} from '../../../../core/reports/input.js';

const problem = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return e instanceof InputProblem ? e.kind : 'other';
  }
  return null;
};

describe('what an editor hands in', () => {
  it('refuses empty and whitespace-only text', () => {
    expect(problem(() => checkInput(''))).toBe('empty');
    expect(problem(() => checkInput(' \n\t '))).toBe('empty');
  });

  it('refuses text longer than a report may be, saying what to do', () => {
    expect(problem(() => checkInput('x'.repeat(MAX_INPUT_CHARS + 1)))).toBe('too-large');
  });

  it('names binary content', () => {
    expect(binaryKind('%PDF-1.7 ...')).toBe('a PDF document');
    expect(binaryKind('\uFFFDPNG\r\n')).toBe('a PNG image');
    expect(binaryKind('abc\u0000def')).toBe('a binary file');
    expect(binaryKind('Plain words, “curly quotes” and é.')).toBeNull();
  });

  it('reads the format from the file name, else from the content', () => {
    expect(formatOf('x', 'a.HTML')).toBe('html');
    expect(formatOf('x', 'notes.md')).toBe('markdown');
    expect(formatOf('<!doctype html><p>x</p>')).toBe('html');
    expect(formatOf('Just text.')).toBe('text');
    expect(problem(() => formatOf('x', 'photo.jpg'))).toBe('unknown-type');
  });

  it("reduces Markdown to its words, a block's lines joined", () => {
    const md =
      '# The plant\n\nThe state **approved** a plant\nnear the [port](http://x).\n\n- first item\n- second `item`\n';
    expect(markdownParagraphs(md)).toEqual([
      'The plant',
      'The state approved a plant near the port.',
      'first item',
      'second item',
    ]);
  });

  it('refuses a report whose every paragraph was dropped', () => {
    expect(problem(() => checkParagraphs([]))).toBe('empty');
  });
});
