import { describe, expect, it } from 'vitest';
import { formatLoadResult } from '../../../../server/loader/report.js';

const result = {
  dataset: 'demo',
  skipped: false,
  statements: 3,
  millis: 120,
  nodesByLabel: { Country: 2, Company: 10 },
  relationshipsByType: { EXPORTS_TO: 4 },
};

describe('formatLoadResult', () => {
  it('says how many statements loaded and how long it took', () => {
    expect(formatLoadResult(result).split('\n')[0]).toBe(
      'Loaded dataset "demo": 3 statements in 120 ms.',
    );
  });

  it('says "1 statement", not "1 statements", for a one-statement script', () => {
    expect(formatLoadResult({ ...result, statements: 1 })).toMatch(/: 1 statement in 120 ms\./);
  });

  it('says the graph on disk was kept when the seed had not changed', () => {
    expect(formatLoadResult({ ...result, skipped: true })).toMatch(/^Dataset "demo" unchanged/);
  });

  it('aligns the counts of each label in a column', () => {
    const lines = formatLoadResult({ ...result, nodesByLabel: { Country: 2, Organisation: 10 } });
    expect(lines.split('\n')).toEqual(
      expect.arrayContaining(['    Country       2', '    Organisation  10']),
    );
  });
});
