import { describe, expect, it } from 'vitest';
import { datedOf, printDate, propertyDateText } from '../../../../client/src/graph/dates.js';

describe('printDate', () => {
  it.each([
    ['2024-01-01', 'year', '2024'],
    ['2024-10-01', 'month', 'Oct 2024'],
    ['2025-10-30', 'day', '30 Oct 2025'],
  ])('prints %s at %s precision as %j', (date, datePrecision, text) => {
    expect(printDate({ date, datePrecision }).text).toBe(text);
  });

  it('marks an inferred date and gives the wording it came from as the hover title', () => {
    const d = printDate({
      date: '2025-06-12',
      datePrecision: 'day',
      dateInferred: true,
      dateInferredFrom: '"on Thursday"',
    });
    expect(d).toEqual({ text: '12 Jun 2025 (inferred)', title: 'Inferred from "on Thursday"' });
  });

  it('says a date is as the source gives it when not inferred, and undated when absent', () => {
    expect(printDate({ date: '2025-10-31', datePrecision: 'day' }).title).toMatch(
      /as the source gives it/,
    );
    expect(printDate({ date: null }).text).toBe('undated');
  });

  it('reads the date fields of a properties record, ignoring the rest', () => {
    expect(
      datedOf({ date: '2024-01-01', datePrecision: 'year', dateInferred: true, name: 'x' }),
    ).toEqual({
      date: '2024-01-01',
      datePrecision: 'year',
      dateInferred: true,
      dateInferredFrom: null,
    });
  });
});

describe('a date property in a property table', () => {
  it.each([
    ['date', { date: '2024-10-01', datePrecision: 'month' }, 'Oct 2024'],
    ['effectiveFrom', { effectiveFrom: '2025-01-01', effectiveFromPrecision: 'year' }, '2025'],
    ['date', { date: '2025-06-12', datePrecision: 'day' }, '12 Jun 2025'],
    ['date', { date: '2025-06-12' }, undefined],
    ['name', { name: 'Oct', namePrecision: 'month' }, undefined],
  ])('%s of %j reads %j', (key, p, text) => {
    expect(propertyDateText(key, p)).toBe(text);
  });
});
