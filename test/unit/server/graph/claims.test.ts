import { describe, expect, it } from 'vitest';
import { isConflicting } from '../../../../server/graph/claims.js';

const claim = (value: number | null, unit: string | null, periodLabel: string | null = null) => ({
  value,
  unit,
  periodLabel,
});

describe('isConflicting', () => {
  it('flags different values in the same unit and period', () => {
    expect(isConflicting([claim(60, 'percent'), claim(90, 'percent')])).toBe(true);
  });

  it('does not flag the same flow in different periods', () => {
    expect(
      isConflicting([claim(4.8, 'USD billion', '2024'), claim(5.76, 'USD billion', '2025')]),
    ).toBe(false);
  });

  it('does not flag tonnes beside rupees', () => {
    expect(isConflicting([claim(870, 'tonnes'), claim(306, 'INR crore')])).toBe(false);
  });

  it('ignores claims without a value', () => {
    expect(isConflicting([claim(null, 'percent'), claim(70, 'percent')])).toBe(false);
  });
});
