import { describe, expect, it } from 'vitest';
import { colourDecorations } from '../../../../client/src/workbench/colour.js';

/** The decorations as [from, to, class] triples. */
function spans(set: ReturnType<typeof colourDecorations>) {
  const out: [number, number, string][] = [];
  set.between(0, 1e9, (from, to, d) => {
    out.push([from, to, String((d.spec as { class: string }).class)]);
  });
  return out;
}

describe('colourDecorations', () => {
  it('marks each token with a class named after the service token type, in order', () => {
    const tokens = [
      { from: 6, length: 1, type: 'variable' },
      { from: 0, length: 5, type: 'keyword' },
      { from: 8, length: 6, type: 'label' },
    ];
    expect(spans(colourDecorations(tokens, 20))).toEqual([
      [0, 5, 'cm-cy-keyword'],
      [6, 7, 'cm-cy-variable'],
      [8, 14, 'cm-cy-label'],
    ]);
  });

  it('drops untyped and overlapping tokens and clips to the text', () => {
    const tokens = [
      { from: 0, length: 5, type: 'keyword' },
      { from: 3, length: 4, type: 'label' },
      { from: 6, length: 2, type: 'none' },
      { from: 9, length: 10, type: 'stringLiteral' },
    ];
    expect(spans(colourDecorations(tokens, 12))).toEqual([
      [0, 5, 'cm-cy-keyword'],
      [9, 12, 'cm-cy-stringLiteral'],
    ]);
  });
});
