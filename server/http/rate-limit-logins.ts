/**
 * Sign-in attempts counted per account name and per client address in a
 * sliding window, kept in Neo4j so that every API instance on the database
 * counts the same attempts: with two instances behind a round-robin
 * balancer a password guesser still gets 5 tries per account, not 10.
 *
 * Why Neo4j here and a per-instance share for the request rate
 * (rate-limit.ts): a sign-in already costs an argon2 hash and a session
 * write, so one more small write (one node per key, its list trimmed to the
 * window) is cheap beside it, and an exact count matters for security. A
 * share (5 / N tries per instance) would lock out a person who mistypes
 * twice. Every other request is a read of a few milliseconds that a write
 * per request would double.
 *
 * An attempt is counted before the password is checked, in the same
 * transaction that reads the count (the node's write lock is taken first),
 * so many guesses sent at once through several instances cannot all pass
 * the check before any is counted. A success takes its own attempt back and
 * clears the account's count.
 */
import { z } from 'zod';
import { write, type Store } from '../auth/store.js';
import { ApiError } from '../errors.js';
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';

export interface LoginLimits {
  perAccount: number;
  perClient: number;
  windowMs: number;
  /**
   * What the counts are kept under: instances that should share their counts
   * share it (the default). A test app gets its own, so one test's failures
   * do not count against another's.
   */
  scope?: string | undefined;
}

export const defaultLoginLimits: LoginLimits = {
  perAccount: 5,
  perClient: 20,
  windowMs: 15 * 60_000,
};

const LABEL = '_LoginAttempts';
const NODE = `${LABEL}:${PRIVATE_LABEL}`;
/** Records no attempt touched within the window, removed a few at a time by later attempts. */
const SWEEP_AT_ONCE = 50;

export interface KeyCount {
  what: string;
  /** Attempts within the window before this one. */
  recent: number[];
  limit: number;
}

/**
 * Pure: RATE_LIMITED for the first key at its limit, with the seconds until
 * its oldest attempt leaves the window; undefined when every key has room.
 */
export function refusal(counts: KeyCount[], windowMs: number, now: number): ApiError | undefined {
  const full = counts.find((c) => c.recent.length >= c.limit);
  if (!full) return undefined;
  const oldest = Math.min(...full.recent);
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
  return new ApiError(
    'RATE_LIMITED',
    `Too many failed sign-ins ${full.what}. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
    { retryAfterSeconds },
  );
}

// SET before the read takes the node's write lock, so a second instance's
// attempt on the same key waits and then reads this one's count.
const TAKE = `
UNWIND $keys AS k
MERGE (f:${NODE} {_key: k.key})
SET f._locked = true
WITH f, k, [t IN coalesce(f._times, []) WHERE t > $since] AS recent
REMOVE f._locked
SET f._times = recent, f._last = $now
RETURN k.key AS key, recent`;

const COUNT = `
UNWIND $keys AS key
MATCH (f:${NODE} {_key: key})
SET f._times = f._times + $stamp`;

const GIVE_BACK = `
UNWIND $keys AS key
MATCH (f:${NODE} {_key: key})
SET f._times = CASE WHEN key = $cleared THEN [] ELSE [t IN f._times WHERE t <> $stamp] END`;

const SWEEP = `
MATCH (f:${NODE}) WHERE f._last < $since
WITH f LIMIT ${SWEEP_AT_ONCE}
DELETE f`;

const Counted = z.object({ key: z.string(), recent: z.array(z.number()) });

export interface LoginAttempt {
  /** The password was right: this attempt is taken back and the account's count cleared. */
  succeeded(): Promise<void>;
}

export interface LoginAttempts {
  /** Counts one attempt for this name and client, or throws RATE_LIMITED (counting nothing). */
  begin(name: string, client: string): Promise<LoginAttempt>;
}

const constraints = new WeakMap<object, Promise<unknown>>();

/** One record per key: made once per driver; without it (a reader-only user) MERGE still works. */
function keyConstraint(store: Store): Promise<unknown> {
  const made =
    constraints.get(store.driver) ??
    write(store, (run) =>
      run(`CREATE CONSTRAINT login_attempts_key IF NOT EXISTS
           FOR (f:${LABEL}) REQUIRE f._key IS UNIQUE`),
    ).catch(() => undefined);
  constraints.set(store.driver, made);
  return made;
}

export function sharedLoginAttempts(
  store: Store,
  limits: LoginLimits = defaultLoginLimits,
  now: () => number = () => Date.now(),
): LoginAttempts {
  const scope = limits.scope ?? 'login';
  return {
    async begin(name, client) {
      await keyConstraint(store);
      const account = `${scope}|a:${name.toLowerCase()}`;
      const keys = [
        { key: account, what: 'for this account', limit: limits.perAccount },
        { key: `${scope}|c:${client}`, what: 'from this address', limit: limits.perClient },
      ];
      const at = now();
      // A fraction after the millisecond makes this attempt's mark its own, to take back.
      const stamp = at + Math.random() * 0.999;
      const since = at - limits.windowMs;
      await write(store, async (run) => {
        const rows = await run(TAKE, { keys: keys.map((k) => ({ key: k.key })), since, now: at });
        const recent = new Map(rows.map((r) => Counted.parse(r)).map((r) => [r.key, r.recent]));
        const refused = refusal(
          keys.map((k) => ({ ...k, recent: recent.get(k.key) ?? [] })),
          limits.windowMs,
          at,
        );
        if (refused) throw refused;
        await run(COUNT, { keys: keys.map((k) => k.key), stamp });
        await run(SWEEP, { since });
      });
      return {
        succeeded: async () => {
          await write(store, (run) =>
            run(GIVE_BACK, { keys: keys.map((k) => k.key), cleared: account, stamp }),
          );
        },
      };
    },
  };
}
