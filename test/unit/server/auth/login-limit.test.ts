import { describe, expect, it } from 'vitest';
import { loginLimiter } from '../../../../server/auth/login-limit.js';

const limits = { perAccount: 3, perClient: 5, windowMs: 60_000 };

describe('loginLimiter', () => {
  it('refuses an account after its failures reach the limit, from any client', () => {
    const limiter = loginLimiter(limits, () => 1_000);
    for (let i = 0; i < 3; i++) limiter.failed('Ana', `10.0.0.${i}`);
    expect(() => limiter.check('ana', '10.0.0.9')).toThrow(/for this account/);
  });

  it('refuses a client that fails on many accounts', () => {
    const limiter = loginLimiter(limits, () => 1_000);
    for (let i = 0; i < 5; i++) limiter.failed(`user${i}`, '10.0.0.1');
    expect(() => limiter.check('someone-else', '10.0.0.1')).toThrow(/from this address/);
    expect(() => limiter.check('someone-else', '10.0.0.2')).not.toThrow();
  });

  it('forgets failures older than the window', () => {
    let now = 1_000;
    const limiter = loginLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) limiter.failed('ana', '10.0.0.1');
    now += 60_001;
    expect(() => limiter.check('ana', '10.0.0.1')).not.toThrow();
  });

  it("clears an account's failures when it signs in", () => {
    const limiter = loginLimiter(limits, () => 1_000);
    for (let i = 0; i < 2; i++) limiter.failed('ana', '10.0.0.1');
    limiter.succeeded('ana');
    limiter.failed('ana', '10.0.0.1');
    expect(() => limiter.check('ana', '10.0.0.3')).not.toThrow();
  });
});
