import { describe, expect, it } from 'vitest';
import { ciede2000Lab, deltaE, deltaE2000 } from '../../../../client/src/graph/colour.js';

// Pairs and expected differences from Sharma, Wu and Dalal's CIEDE2000 test data.
const SHARMA: [[number, number, number], [number, number, number], number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
];

describe('ciede2000Lab', () => {
  it('gives the published difference for each of the reference pairs', () => {
    for (const [a, b, expected] of SHARMA) expect(ciede2000Lab(a, b)).toBeCloseTo(expected, 4);
  });

  it('is symmetric and zero for one colour', () => {
    for (const [a, b] of SHARMA) expect(ciede2000Lab(a, b)).toBeCloseTo(ciede2000Lab(b, a), 9);
    expect(deltaE2000('#2f6db5', '#2f6db5')).toBe(0);
  });

  it('calls two saturated blues closer than CIE76 does, as the eye does', () => {
    // The two actor tones of the old scheme: 13 apart in CIE76, under 10 in CIEDE2000.
    expect(deltaE2000('#2f6db5', '#3f83c8')).toBeLessThan(deltaE('#2f6db5', '#3f83c8'));
    expect(deltaE2000('#2f6db5', '#3f83c8')).toBeLessThan(10);
  });
});
