import { describe, expect, it } from 'vitest';
import { DateValue } from '../../../../core/import/batch.js';
import { convertCell, inferColumns, parseIsoDate } from '../../../../core/import/values.js';

const shapeOf = (cells: string[], sep?: string) =>
  inferColumns(
    ['c'],
    cells.map((c) => [c]),
    sep,
  )[0];

describe('column types', () => {
  it('infers integer, float, boolean, date and text from every filled cell', () => {
    expect(shapeOf(['1', '-20', ''])).toEqual({ type: 'integer', list: false });
    expect(shapeOf(['1', '2.5'])).toEqual({ type: 'float', list: false });
    expect(shapeOf(['yes', 'FALSE'])).toEqual({ type: 'boolean', list: false });
    expect(shapeOf(['2025', '2025-04-04'])).toEqual({ type: 'date', list: false });
    expect(shapeOf(['1', 'one'])).toEqual({ type: 'string', list: false });
  });

  it('keeps codes with leading zeros as text', () => {
    expect(shapeOf(['007', '12'])?.type).toBe('float');
    expect(shapeOf(['007', 'A12'])?.type).toBe('string');
    expect(convertCell({ type: 'string', list: false }, '007', undefined)).toBe('007');
  });

  it('makes a column a list when a cell holds the separator, typing the items', () => {
    const shape = shapeOf(['1|2', '3'], '|');
    expect(shape).toEqual({ type: 'integer', list: true });
    expect(convertCell(shape ?? { type: 'string', list: false }, '1 | 2', '|')).toEqual([1n, 2n]);
  });

  it('reads an ISO date at the precision written, on the first day of its period', () => {
    expect(parseIsoDate('2025')).toEqual(new DateValue('2025-01-01', 'year'));
    expect(parseIsoDate('2025-04')).toEqual(new DateValue('2025-04-01', 'month'));
    expect(parseIsoDate('2025-04-04T10:00:00Z')).toEqual(new DateValue('2025-04-04', 'day'));
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('04/04/2025')).toBeUndefined();
  });

  it('writes nothing for an empty cell', () => {
    expect(convertCell({ type: 'integer', list: false }, '  ', '|')).toBeUndefined();
  });
});
