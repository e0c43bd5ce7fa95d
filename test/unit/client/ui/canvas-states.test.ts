import { describe, expect, it } from 'vitest';
import { emptyMessage, emptyReason } from '../../../../client/src/ui/canvas-states.js';

describe('why the canvas is empty', () => {
  it('is not empty while one node is visible', () => {
    expect(emptyReason(5, 1, undefined)).toBeUndefined();
  });

  it('blames the filters and hidden nodes when nodes are there but none visible', () => {
    expect(emptyReason(5, 0, '2025-01-01')).toBe('all-hidden');
    expect(emptyMessage('all-hidden')).toMatch(/Reset the filters.*search/);
  });

  it('blames the as-of date when a date is set and nothing was loaded', () => {
    expect(emptyReason(0, 0, '1990-01-01')).toBe('no-graph-as-of');
    expect(emptyMessage('no-graph-as-of')).toMatch(/later As of date.*Now/);
  });

  it('says the graph holds nothing when no date is set and nothing was loaded', () => {
    expect(emptyReason(0, 0, undefined)).toBe('no-graph');
    expect(emptyMessage('no-graph')).toMatch(/Load a dataset, or search/);
  });
});
