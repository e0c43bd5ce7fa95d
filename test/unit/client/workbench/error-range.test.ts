import { describe, expect, it } from 'vitest';
import { errorRange } from '../../../../client/src/workbench/error-range.js';

describe('errorRange', () => {
  it('maps line and column to a document range covering the token', () => {
    const doc = 'MATCH (n)\nRETRUN n';
    expect(errorRange(doc, 2, 1)).toEqual({ from: 10, to: 16 });
    expect(errorRange(doc, 1, 7)).toEqual({ from: 6, to: 7 });
  });

  it('stays inside the document', () => {
    const r = errorRange('abc', 9, 99);
    expect(r.from).toBeLessThanOrEqual(3);
    expect(r.to).toBeLessThanOrEqual(3);
  });
});
