import { describe, expect, it } from 'vitest';
import { findDates, printedDate } from '../../../../core/reports/dates.js';

const one = (text: string, reportDate = '2026-03-06') => {
  const [d] = findDates(text, reportDate);
  return d && { wording: d.wording, date: d.date, precision: d.precision, inferred: d.inferred };
};

describe('dates in a report', () => {
  it('reads "on Thursday" as the Thursday before the report, a day, inferred', () => {
    // 6 March 2026 is a Friday.
    expect(one('The plant was approved on Thursday.')).toEqual({
      wording: 'on Thursday',
      date: '2026-03-05',
      precision: 'day',
      inferred: true,
    });
  });

  it('reads a weekday later in the week than the report as the one a week before, not a year before', () => {
    // 9 March 2026 is a Monday: its Thursday before is 5 March, its Tuesday before 3 March.
    expect(one('Officials met on Thursday.', '2026-03-09')?.date).toBe('2026-03-05');
    expect(one('Officials met on Tuesday.', '2026-03-09')?.date).toBe('2026-03-03');
  });

  it('reads "in April" as the last April up to the report, a month, inferred', () => {
    expect(one('Controls began in April.')).toEqual({
      wording: 'in April',
      date: '2025-04-01',
      precision: 'month',
      inferred: true,
    });
  });

  it('reads "last year" as the year before, a year, inferred', () => {
    expect(one('Imports fell last year.')).toMatchObject({
      date: '2025-01-01',
      precision: 'year',
      inferred: true,
    });
  });

  it('reads "this week" as its week, only as precise as the months it spans', () => {
    const [d] = findDates('Flights resumed this week.', '2025-10-31');
    expect(d).toMatchObject({
      wording: 'this week',
      precision: 'year',
      range: { from: '2025-10-27', to: '2025-11-02' },
    });
    const [e] = findDates('Flights resumed this week.', '2026-03-11');
    expect(e).toMatchObject({ precision: 'month', date: '2026-03-01' });
  });

  it('keeps a printed date as printed, not inferred', () => {
    expect(one('The standoff began in May 2020.')).toMatchObject({
      date: '2020-05-01',
      precision: 'month',
      inferred: false,
    });
  });

  it('reads no date in a name such as Business Today', () => {
    expect(findDates('Business Today Desk', '2026-03-06')).toEqual([]);
  });

  it('reads no date in a duration', () => {
    expect(findDates('Supplies were disrupted for two months.', '2026-03-06')).toEqual([]);
  });

  it("finds the date a report prints on its dateline, not one in a story's sentence", () => {
    expect(printedDate(['Headline', 'Desk', '  \u2022 Mar 6, 2026,'])).toEqual({
      wording: 'Mar 6, 2026',
      date: '2026-03-06',
      paragraph: 3,
    });
    expect(
      printedDate([
        'Headline',
        'A long paragraph that tells how the dispute which began on June 15, 2020 went on for years.',
      ]),
    ).toBeNull();
  });
});
