import { describe, expect, it } from 'vitest';
import { formatDate, dayNumber, spanDays } from '../../../../client/src/graph/dates.js';
import { layoutOptions, timePositions } from '../../../../client/src/graph/layouts.js';

describe('timePositions', () => {
  it('orders dated nodes by date along x and puts undated ones below', () => {
    const p = timePositions(
      [
        { id: 'late', label: 'E', date: '2025-10-30' },
        { id: 'early', label: 'E', date: '2020-05-01' },
        { id: 'mid', label: 'F', date: '2025-06-12' },
        { id: 'none', label: 'G' },
      ],
      { width: 1000 },
    );
    expect(p.get('early')?.x).toBe(0);
    expect(p.get('late')?.x).toBe(1000);
    expect(p.get('mid')!.x).toBeGreaterThan(0);
    expect(p.get('none')!.y).toBeGreaterThan(p.get('mid')!.y);
  });

  it('gives the time layout preset positions', () => {
    const o = layoutOptions('time', { positions: new Map([['x', { x: 5, y: 6 }]]) });
    expect(o.name).toBe('preset');
  });
});

describe('dates', () => {
  it('writes a date at its precision and marks inferred ones', () => {
    expect(formatDate('2025-06-12', 'day')).toBe('12 Jun 2025');
    expect(formatDate('2025-06-01', 'month')).toBe('Jun 2025');
    expect(formatDate('2025-01-01', 'year', true)).toBe('c. 2025');
    expect(formatDate(null)).toBe('undated');
  });

  it('counts days and spans', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('nope')).toBeUndefined();
    expect(spanDays('2025-02-01', 'month')).toBe(28);
    expect(spanDays('2024-01-01', 'year')).toBe(366);
  });
});
