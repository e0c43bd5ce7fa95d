/**
 * No default password: while no active admin exists, the server prints a
 * one-time link at start (as a notebook server prints its token). The token
 * is stored as a digest, used once, and expires; the admin it creates is the
 * first account.
 */
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';
import { ApiError } from '../errors.js';
import { digest, newToken } from './sessions.js';
import { countActiveAdmins, insertAccount, write, type Store } from './store.js';
import type { Account } from '../../contract/index.js';

const SETUP = `_SetupToken:${PRIVATE_LABEL}`;
export const FIRST_ADMIN_TTL_MS = 60 * 60_000;

/** A new one-time token when no active admin exists (any earlier token is void); else undefined. */
export async function issueFirstAdminToken(
  store: Store,
  ttlMs = FIRST_ADMIN_TTL_MS,
): Promise<string | undefined> {
  if ((await countActiveAdmins(store)) > 0) return undefined;
  const token = newToken();
  await write(store, async (run) => {
    await run(`MATCH (t:${SETUP}) DELETE t`);
    await run(`CREATE (:${SETUP} {_key: $key, _expiresAt: $expiresAt})`, {
      key: digest(token),
      expiresAt: Date.now() + ttlMs,
    });
  });
  return token;
}

/** Creates the first admin with the token, in the transaction that spends it. */
export async function createFirstAdmin(
  store: Store,
  input: { token: string; name: string; password: string },
): Promise<Account> {
  return write(store, async (run) => {
    // Deleted in the same transaction that creates the admin: a second use finds nothing.
    const spent = await run(
      `MATCH (t:${SETUP} {_key: $key}) WITH t, t._expiresAt > $now AS live DELETE t RETURN live`,
      { key: digest(input.token), now: Date.now() },
    );
    if (spent[0]?.live !== true)
      throw new ApiError(
        'FORBIDDEN',
        'This first-admin link is used, expired or wrong. Restart the server for a new one, or run npm run user -- add.',
      );
    const admins = await run(
      `MATCH (a:_Account:${PRIVATE_LABEL} {_role: 'admin', _disabled: false}) RETURN count(a) AS n`,
    );
    if (Number(admins[0]?.n ?? 0) > 0)
      throw new ApiError('FORBIDDEN', 'An admin exists already: ask them for an account.');
    return insertAccount(run, { name: input.name, password: input.password, role: 'admin' });
  });
}

/** The line printed at start: the link and how long it lasts. */
export function firstAdminLine(baseUrl: string, token: string, ttlMs = FIRST_ADMIN_TTL_MS): string {
  const minutes = Math.round(ttlMs / 60_000);
  return `\nNo admin account yet. Create the first one at this link (it works once, for ${minutes} minutes; restart the server for a new one):\n    ${baseUrl}/setup?token=${token}`;
}
