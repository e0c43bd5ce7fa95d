import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../../core/http/token-bucket.js';

const limits = { perSecond: 10, burst: 20 };

describe('TokenBuckets', () => {
  it('lets a client spend its whole burst at once', () => {
    const buckets = new TokenBuckets(limits);
    const taken = Array.from({ length: 20 }, () => buckets.take('a', 1, 0).ok);
    expect(taken.every(Boolean)).toBe(true);
  });

  it('refuses past the burst and says how many seconds until enough tokens are back', () => {
    const buckets = new TokenBuckets(limits);
    for (let i = 0; i < 20; i++) buckets.take('a', 1, 0);
    expect(buckets.take('a', 5, 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('gives tokens back at the rate: a tenth of a second later, one more request', () => {
    const buckets = new TokenBuckets(limits);
    for (let i = 0; i < 20; i++) buckets.take('a', 1, 0);
    expect([buckets.take('a', 1, 100).ok, buckets.take('a', 1, 100).ok]).toEqual([true, false]);
  });

  it('charges a heavy request its cost: four at 5 tokens empty a burst of 20', () => {
    const buckets = new TokenBuckets(limits);
    const taken = Array.from({ length: 5 }, () => buckets.take('a', 5, 0).ok);
    expect(taken).toEqual([true, true, true, true, false]);
  });

  it("keeps clients apart: one client's empty bucket leaves another's full", () => {
    const buckets = new TokenBuckets(limits);
    for (let i = 0; i < 20; i++) buckets.take('a', 1, 0);
    expect(buckets.take('b', 20, 0).ok).toBe(true);
  });

  it('never refills past the burst, however long a client was away', () => {
    const buckets = new TokenBuckets(limits);
    buckets.take('a', 1, 0);
    expect(buckets.take('a', 21, 3_600_000).ok).toBe(false);
  });

  it('remembers at most maxClients, forgetting the longest quiet first', () => {
    const buckets = new TokenBuckets(limits, 2);
    buckets.take('a', 20, 0);
    buckets.take('b', 1, 0);
    buckets.take('c', 1, 0);
    expect([buckets.clients, buckets.take('a', 20, 0).ok]).toEqual([2, true]);
  });
});
