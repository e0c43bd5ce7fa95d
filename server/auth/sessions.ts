/**
 * Server-side sessions. The cookie holds a random token; the database holds
 * only its SHA-256, so a copy of the database signs no one in. Each session
 * has its own CSRF token, an expiry, and ends at logout or when its account
 * is disabled. The user is read afresh at each request, so a role change
 * applies at once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { Role, type User } from '../../contract/index.js';
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';
import { ACCOUNT, read, write, type Store } from './store.js';

export const SESSION = `_Session:${PRIVATE_LABEL}`;

export const newToken = () => randomBytes(32).toString('base64url');
export const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Same length and same bytes, in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface ActiveSession {
  /** The digest of the cookie's token: the session's key in the database. */
  key: string;
  csrfToken: string;
  user: User;
}

/** Opens a session for an account; returns the cookie's token and the CSRF token. */
export async function openSession(
  store: Store,
  userId: string,
  ttlMs: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await write(store, async (run) => {
    // Expired sessions go as new ones come, so the store does not grow without end.
    await run(`MATCH (s:${SESSION}) WHERE s._expiresAt < $now DELETE s`, { now: Date.now() });
    await run(
      `CREATE (:${SESSION} {_key: $key, _userId: $userId, _csrfToken: $csrfToken,
         _createdAt: $now, _expiresAt: $expiresAt})`,
      { key: digest(token), userId, csrfToken, now: Date.now(), expiresAt: Date.now() + ttlMs },
    );
  });
  return { token, csrfToken };
}

const SessionRow = z.object({
  key: z.string(),
  csrfToken: z.string(),
  id: z.string(),
  name: z.string(),
  role: Role,
});

/** The live session of a cookie's token, or undefined (unknown, expired, logged out, disabled). */
export async function findSession(store: Store, token: string): Promise<ActiveSession | undefined> {
  const rows = await read(
    store,
    `MATCH (s:${SESSION} {_key: $key}) WHERE s._expiresAt > $now
     MATCH (a:${ACCOUNT} {_uid: s._userId}) WHERE NOT a._disabled
     RETURN s._key AS key, s._csrfToken AS csrfToken, a._uid AS id, a._name AS name, a._role AS role`,
    { key: digest(token), now: Date.now() },
  );
  const row = rows[0] ? SessionRow.parse(rows[0]) : undefined;
  return (
    row && {
      key: row.key,
      csrfToken: row.csrfToken,
      user: { id: row.id, name: row.name, role: row.role },
    }
  );
}

export async function closeSession(store: Store, key: string): Promise<void> {
  await write(store, (run) => run(`MATCH (s:${SESSION} {_key: $key}) DELETE s`, { key }));
}
