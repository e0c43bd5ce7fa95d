import { describe, expect, it } from 'vitest';
import { AsOfQuery, isCalendarDate } from '../../../contract/index.js';

describe('isCalendarDate', () => {
  it.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-45', false],
    ['2025-00-10', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('AsOfQuery', () => {
  it('rejects a day that is not in the calendar instead of rolling it over', () => {
    expect(AsOfQuery.safeParse({ asOf: '2025-02-30' }).success).toBe(false);
  });
});
