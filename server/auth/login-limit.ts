/**
 * Failed sign-ins counted per account name and per client address in a
 * sliding window: guessing one person's password from many addresses, or
 * many people's from one, is stopped alike. A success clears the account's
 * count. Kept in memory and bounded in size (the oldest entries go first).
 */
import { ApiError } from '../errors.js';

export interface LoginLimits {
  perAccount: number;
  perClient: number;
  windowMs: number;
}

export const defaultLoginLimits: LoginLimits = {
  perAccount: 5,
  perClient: 20,
  windowMs: 15 * 60_000,
};

const MAX_KEYS = 10_000;

export function loginLimiter(limits: LoginLimits = defaultLoginLimits, now = () => Date.now()) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now() - limits.windowMs;
    const times = (failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  };
  const refuse = (key: string, limit: number, what: string) => {
    const times = recent(key);
    if (times.length < limit) return;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((times[0] ?? now()) + limits.windowMs - now()) / 1000),
    );
    throw new ApiError(
      'RATE_LIMITED',
      `Too many failed sign-ins ${what}. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
      { retryAfterSeconds },
    );
  };
  return {
    /** Throws RATE_LIMITED when this account or this client has failed too often lately. */
    check(name: string, client: string) {
      refuse(`a:${name.toLowerCase()}`, limits.perAccount, 'for this account');
      refuse(`c:${client}`, limits.perClient, 'from this address');
    },
    failed(name: string, client: string) {
      for (const key of [`a:${name.toLowerCase()}`, `c:${client}`]) {
        const times = [...recent(key), now()];
        // Re-inserted, so the map's order is oldest activity first for the trim below.
        failures.delete(key);
        failures.set(key, times);
      }
      while (failures.size > MAX_KEYS) {
        const oldest = failures.keys().next();
        if (oldest.done === true) break;
        failures.delete(oldest.value);
      }
    },
    succeeded(name: string) {
      failures.delete(`a:${name.toLowerCase()}`);
    },
  };
}
export type LoginLimiter = ReturnType<typeof loginLimiter>;
