import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../client/src/graph/dates.js';
import { dateTicks, tickStep } from '../../../../client/src/graph/time-ticks.js';

const day = (s: string) => dayNumber(s) ?? NaN;

describe('dateTicks', () => {
  it('names each year at its start when years are far apart', () => {
    const ticks = dateTicks(day('2019-08-01'), day('2025-10-01'), 1);
    const years = ticks.filter((t) => t.major).map((t) => t.label);
    expect(years).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('keeps ticks at least the given gap apart', () => {
    const pxPerDay = 0.4;
    const ticks = dateTicks(day('2015-01-01'), day('2025-01-01'), pxPerDay, 64);
    for (let i = 1; i < ticks.length; i++) {
      const a = ticks[i - 1]?.day ?? 0;
      const b = ticks[i]?.day ?? 0;
      expect((b - a) * pxPerDay).toBeGreaterThanOrEqual(64 * 0.9);
    }
  });

  it('steps by months when zoomed in, with the year on the first tick', () => {
    const ticks = dateTicks(day('2025-03-10'), day('2025-08-20'), 4);
    expect(tickStep(4)).toEqual({ unit: 'month', count: 1 });
    expect(ticks.map((t) => t.label)).toEqual(['Apr 2025', 'May', 'Jun', 'Jul', 'Aug']);
    expect(ticks[0]?.day).toBe(day('2025-04-01'));
  });

  it('labels the first of January with its year even between months', () => {
    const ticks = dateTicks(day('2024-11-01'), day('2025-02-01'), 4);
    expect(ticks.map((t) => t.label)).toEqual(['Nov 2024', 'Dec', '2025', 'Feb']);
    expect(ticks.find((t) => t.label === '2025')?.major).toBe(true);
  });

  it('steps by days when zoomed in far', () => {
    const ticks = dateTicks(day('2025-06-10'), day('2025-06-12'), 100);
    expect(ticks.map((t) => t.label)).toEqual(['10 Jun 2025', '11 Jun', '12 Jun']);
  });

  it('gives no ticks for an empty or backwards range', () => {
    expect(dateTicks(10, 5, 1)).toEqual([]);
    expect(dateTicks(0, 10, 0)).toEqual([]);
  });

  it('never gives more than a few hundred ticks', () => {
    expect(dateTicks(day('1900-01-01'), day('2100-01-01'), 0.0001).length).toBeLessThanOrEqual(400);
    expect(dateTicks(0, 1e6, 1000).length).toBeLessThanOrEqual(400);
  });
});
