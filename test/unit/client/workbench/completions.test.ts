import { describe, expect, it } from 'vitest';
import { completeCypher, errorRange } from '../../../../client/src/workbench/completions.js';

const names = {
  labels: ['Person', 'Event'],
  types: ['MADE', 'LED_TO'],
  propertyKeys: ['name', 'date'],
};

describe('completeCypher', () => {
  it('offers labels after a colon in a node pattern', () => {
    const r = completeCypher('MATCH (p:Pe', names);
    expect(r?.from).toBe(9);
    expect(r?.options.map((o) => o.label)).toEqual(['Person', 'Event']);
  });

  it('offers relationship types inside brackets', () => {
    const r = completeCypher('MATCH (a)-[r:', names);
    expect(r?.options.map((o) => o.label)).toEqual(['MADE', 'LED_TO']);
    expect(completeCypher('MATCH (a)-[r:MADE|', names)?.options[0]?.type).toBe('type');
  });

  it('offers property keys after a dot', () => {
    const r = completeCypher('RETURN p.na', names);
    expect(r?.from).toBe(9);
    expect(r?.options.map((o) => o.label)).toEqual(['name', 'date']);
  });

  it('offers keywords while typing a word, nothing after a space', () => {
    expect(completeCypher('MAT', names)?.options.some((o) => o.label === 'MATCH')).toBe(true);
    expect(completeCypher('MATCH ', names)).toBeUndefined();
    expect(completeCypher('MATCH ', names, true)?.from).toBe(6);
  });
});

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
