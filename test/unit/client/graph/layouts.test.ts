import { describe, expect, it } from 'vitest';
import { formatDate, dayNumber, spanDays } from '../../../../client/src/graph/dates.js';
import {
  layoutOptions,
  timeDay,
  timeLayout,
  timePositions,
  timeX,
} from '../../../../client/src/graph/layouts.js';

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
    expect(p.get('none')!.x).toBeLessThan(0);
  });

  it('puts undated nodes apart, left of the earliest date, never on the date axis', () => {
    const { positions, scale } = timeLayout(
      [
        { id: 'a', label: 'Event', date: '2019-01-01' },
        { id: 'b', label: 'Event', date: '2025-01-01' },
        { id: 'china', label: 'Country' },
        ...Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, label: 'Person' })),
      ],
      { width: 1000 },
    );
    const undated = ['china', ...Array.from({ length: 9 }, (_, i) => `p${i}`)];
    for (const id of undated) {
      const x = positions.get(id)!.x;
      expect(timeDay(scale, x)).toBeLessThan(scale.min);
      expect(x).toBeGreaterThanOrEqual(scale.undated!.x1);
      expect(x).toBeLessThanOrEqual(scale.undated!.x2);
    }
    // No two undated nodes share a place.
    const places = new Set(undated.map((id) => JSON.stringify(positions.get(id))));
    expect(places.size).toBe(undated.length);
  });

  it('returns the scale it placed dates by, which maps a date back to its x', () => {
    const { positions, scale } = timeLayout(
      [
        { id: 'a', label: 'E', date: '2020-01-01' },
        { id: 'b', label: 'E', date: '2024-07-01' },
      ],
      { width: 800 },
    );
    const b = dayNumber('2024-07-01') ?? 0;
    expect(timeX(scale, b)).toBe(positions.get('b')?.x);
    expect(timeDay(scale, 800)).toBe(b);
  });

  it('spreads the dates at least as wide as the view’s shape asks', () => {
    const nodes = ['A', 'B', 'C', 'D'].map((label, i) => ({
      id: label,
      label,
      date: `202${i}-01-01`,
    }));
    // Five lanes of 90 (four dated, one gap): a 2:1 view wants 900 wide.
    const { scale } = timeLayout(nodes, { width: 300, aspect: 2, laneHeight: 90 });
    expect(scale.width).toBe(900);
    expect(timeLayout(nodes, { width: 300 }).scale.width).toBe(300);
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
