import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../client/src/graph/dates.js';
import {
  endDay,
  eventCount,
  filteredItems,
  inRange,
  isoDay,
  labelFit,
  makeScale,
  placeItems,
  ticks,
} from '../../../../client/src/timeline/lanes.js';

const items = [
  { id: 'b', name: 'Second thing that happened', date: '2025-06-12', datePrecision: 'day' },
  { id: 'a', name: 'First', date: '2025-06-01', datePrecision: 'month' },
  { id: 'c', name: 'Third', date: '2025-10-30', datePrecision: 'day' },
];

describe('timeline placement', () => {
  it('maps dates onto the width, in order', () => {
    const s = makeScale(items, 1000);
    const p = placeItems(items, s);
    expect(p.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(p[0]!.x).toBe(20);
    expect(p[2]!.x).toBeGreaterThan(p[1]!.x);
  });

  it('draws month precision as a bar and a day as a dot', () => {
    const p = placeItems(items, makeScale(items, 1000));
    expect(p.find((x) => x.id === 'a')!.width).toBeGreaterThan(4);
    expect(p.find((x) => x.id === 'b')!.width).toBe(0);
  });

  it('puts overlapping labels on different rows', () => {
    const p = placeItems(items, makeScale(items, 1000));
    expect(p.find((x) => x.id === 'a')!.row).not.toBe(p.find((x) => x.id === 'b')!.row);
    expect(p.find((x) => x.id === 'c')!.row).toBe(0);
  });

  it('ticks by month within a year and by year over long ranges', () => {
    expect(ticks(makeScale(items, 1000)).map((t) => t.text)).toContain('Aug');
    const long = [...items, { id: 'd', name: 'Old', date: '2020-05-01', datePrecision: 'month' }];
    expect(ticks(makeScale(long, 1000)).map((t) => t.text)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });
});

describe('timeline fitting its panel', () => {
  it('puts a label that would run past the end on the left of its mark', () => {
    const late = [
      { id: 'a', name: 'Early', date: '2025-01-01', datePrecision: 'day' },
      { id: 'z', name: 'A long name right at the end of the axis', date: '2025-12-31' },
    ];
    const s = makeScale(late, 400);
    const p = placeItems(late, s);
    const z = p.find((x) => x.id === 'z')!;
    expect(z.labelLeft).toBe(true);
    expect(z.x - z.labelWidth).toBeGreaterThanOrEqual(0);
    expect(p.find((x) => x.id === 'a')!.labelLeft).toBe(false);
  });

  it('shortens a label that fits on neither side to the wider side, so none runs past the axis', () => {
    const name = 'China halts fertiliser exports to India';
    const fit = labelFit(name, { x: 200, width: 0 }, 330, 6.2, 34);
    expect(fit.labelLeft).toBe(true);
    expect(fit.labelChars).toBeLessThan(34);
    expect(fit.labelWidth).toBeLessThanOrEqual(200);
    const right = labelFit(name, { x: 120, width: 0 }, 330, 6.2, 34);
    expect(right.labelLeft).toBe(false);
    expect(120 + right.labelWidth).toBeLessThanOrEqual(330);
  });

  it('shortens a label onto its bar when the bar has more room than either side', () => {
    const fit = labelFit(
      'Eastern Ladakh military standoff begins',
      { x: 20, width: 220 },
      320,
      6.2,
      34,
    );
    expect(fit.labelInside).toBe(true);
    expect(fit.labelWidth).toBeLessThanOrEqual(220);
  });

  it('keeps a label whole when it fits on the right', () => {
    expect(labelFit('Short', { x: 10, width: 0 }, 400, 6.2, 34)).toEqual({
      labelWidth: 5 * 6.2 + 16,
      labelLeft: false,
      labelChars: 5,
      labelInside: false,
    });
  });

  it('writes a label on a bar wider than it, and after a narrower bar, never half on it', () => {
    expect(labelFit('Standoff', { x: 10, width: 300 }, 800, 6.2, 34).labelInside).toBe(true);
    const beside = labelFit(
      'India’s exports to China, April–June',
      { x: 100, width: 40 },
      800,
      6.2,
      34,
    );
    expect(beside.labelInside).toBe(false);
    expect(beside.labelLeft).toBe(false);
    const items = [
      {
        id: 'a',
        name: 'India’s exports to China, April–June',
        date: '2025-04-01',
        endDate: '2025-06-30',
      },
      { id: 'b', name: 'Standoff begins', date: '2020-05-01' },
    ];
    const placed = placeItems(items, makeScale(items, 800));
    expect(placed.find((p) => p.id === 'a')?.labelInside).toBe(false);
  });

  it('reads a position back as the day drawn there, clamped to the axis', () => {
    const s = makeScale(items, 1000);
    const day = s.min + 30;
    expect(s.day(s.x(day))).toBe(day);
    expect(s.day(-50)).toBe(s.min);
    expect(s.day(5000)).toBe(s.max);
  });

  it('keeps the events that overlap a date range, either end open', () => {
    expect(inRange(items, '2025-06-10', '2025-06-30').map((i) => i.id)).toEqual(['b', 'a']);
    expect(inRange(items, '2025-07-01', undefined).map((i) => i.id)).toEqual(['c']);
    expect(inRange(items, undefined, undefined)).toHaveLength(3);
  });

  it('writes a day number as an ISO date', () => {
    const s = makeScale(items, 1000);
    expect(isoDay(s.min)).toBe('2025-06-01');
  });
});

describe('the timeline under the canvas filters', () => {
  const ev = (id: string, date: string, labels: string[]) => ({ id, name: id, date, labels });
  const events = [
    ev('meeting', '2024-10-23', ['Event', 'Meeting']),
    ev('said', '2025-06-12', ['Event', 'Statement']),
    ev('curbs', '2025-04-04', ['Event', 'ExportControl']),
  ];

  it('leaves out an unticked kind, as the canvas does', () => {
    const kept = filteredItems(events, { hiddenLabels: ['Statement'] });
    expect(kept.map((e) => e.id)).toEqual(['meeting', 'curbs']);
    expect(eventCount(kept.length, events.length)).toBe('2 of 3 events');
  });

  it('keeps the date range too, and says the plain count when nothing is filtered', () => {
    const kept = filteredItems(events, { hiddenLabels: [], dateFrom: '2025-01-01' });
    expect(kept.map((e) => e.id)).toEqual(['said', 'curbs']);
    expect(eventCount(3, 3)).toBe('3 events');
  });
});

describe('an end date of month or year precision', () => {
  const standoff = {
    id: 's',
    name: 'Standoff',
    date: '2020-05-01',
    datePrecision: 'month',
    endDate: '2024-10-01',
    endDatePrecision: 'month',
  };

  it('lasts to the end of its month when the window starts inside it', () => {
    expect(inRange([standoff], '2024-10-20', undefined)).toHaveLength(1);
  });

  it('ends with its month, not a year later', () => {
    expect(inRange([standoff], '2024-11-01', undefined)).toHaveLength(0);
  });

  it('is drawn to the end of its last month', () => {
    expect(endDay(standoff)).toBe(dayNumber('2024-11-01'));
  });
});
