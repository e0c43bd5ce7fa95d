import { describe, expect, it } from 'vitest';
import { instanceShare, perMinuteShare } from '../../../../server/http/rate-limit.js';

describe('instanceShare (request rate over several API instances)', () => {
  it('gives each of N instances rate / N and burst / N, so N of them hold the configured rate', () => {
    const share = instanceShare({ perSecond: 10, burst: 200, heavyCost: 5 }, 2);
    expect(share).toEqual({ perSecond: 5, burst: 100, heavyCost: 5 });
  });

  it('never lets N shares of the burst add up to more than the configured burst', () => {
    const share = instanceShare({ perSecond: 10, burst: 7 }, 3);
    expect(share.burst * 3).toBeLessThanOrEqual(7);
  });

  it('keeps the limits whole for one instance', () => {
    expect(instanceShare({ perSecond: 10, burst: 200 }, 1)).toEqual({ perSecond: 10, burst: 200 });
  });

  it('leaves at least one request of burst and one query a minute per instance', () => {
    expect(instanceShare({ perSecond: 1, burst: 2 }, 4).burst).toBe(1);
    expect(perMinuteShare(3, 4)).toBe(1);
    expect(perMinuteShare(60, 2)).toBe(30);
  });
});
