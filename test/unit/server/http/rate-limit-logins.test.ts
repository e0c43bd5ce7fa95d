import { describe, expect, it } from 'vitest';
import { refusal } from '../../../../server/http/rate-limit-logins.js';

const windowMs = 60_000;

describe('refusal (sign-in limits, pure part)', () => {
  it('lets an attempt through while every key is under its limit', () => {
    const counts = [
      { what: 'for this account', recent: [1_000, 2_000], limit: 3 },
      { what: 'from this address', recent: [1_000], limit: 5 },
    ];
    expect(refusal(counts, windowMs, 3_000)).toBeUndefined();
  });

  it('refuses with the account named when the account key is full, from any address', () => {
    const counts = [
      { what: 'for this account', recent: [1_000, 2_000, 3_000], limit: 3 },
      { what: 'from this address', recent: [], limit: 5 },
    ];
    const error = refusal(counts, windowMs, 4_000);
    expect(error?.code).toBe('RATE_LIMITED');
    expect(error?.message).toMatch(/for this account/);
  });

  it('refuses with the address named when the client key is full', () => {
    const counts = [
      { what: 'for this account', recent: [], limit: 3 },
      { what: 'from this address', recent: [1, 2, 3, 4, 5], limit: 5 },
    ];
    expect(refusal(counts, windowMs, 10)?.message).toMatch(/from this address/);
  });

  it('says how long until the oldest attempt leaves the window', () => {
    const counts = [{ what: 'for this account', recent: [30_000, 10_000, 20_000], limit: 3 }];
    expect(refusal(counts, windowMs, 40_000)?.details).toEqual({ retryAfterSeconds: 30 });
  });
});
