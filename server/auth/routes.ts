/** The account endpoints: session, sign-in and out, the first admin, and account management. */
import type { Request, Response } from 'express';
import {
  Account,
  AccountList,
  AccountUpdateRequest,
  Done,
  FirstAdminRequest,
  LoginRequest,
  NewAccountRequest,
  Session,
} from '../../contract/index.js';
import { ApiError } from '../errors.js';
import {
  sharedLoginAttempts,
  type LoginAttempts,
  type LoginLimits,
} from '../http/rate-limit-logins.js';
import { route, type RouteDef } from '../http/route.js';
import { createFirstAdmin } from './first-admin.js';
import type { AuthOptions } from './middleware.js';
import { SESSION_COOKIE, sessionOf } from './request-session.js';
import { closeSession, openSession } from './sessions.js';
import {
  checkPassword,
  createAccount,
  listAccounts,
  toUser,
  updateAccount,
  type Store,
} from './store.js';

/** Readable by the page's script, so it can send the token back as a header (double submit). */
export const CSRF_COOKIE = 'reg_csrf';

function setCookies(req: Request, res: Response, token: string, csrf: string, maxAgeMs: number) {
  const common = { path: '/', sameSite: 'strict' as const, secure: req.secure, maxAge: maxAgeMs };
  res.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

function clearCookies(res: Response) {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}

export function accountRoutes(
  store: Store,
  options: AuthOptions,
  limits?: LoginLimits,
): RouteDef[] {
  const attempts: LoginAttempts = sharedLoginAttempts(store, limits);
  const signIn = async (req: Request, res: Response, account: Account): Promise<Session> => {
    const { token, csrfToken } = await openSession(store, account.id, options.sessionTtlMs);
    setCookies(req, res, token, csrfToken, options.sessionTtlMs);
    return { user: toUser(account), csrfToken, readAccess: options.readAccess };
  };
  return [
    route({
      method: 'get',
      path: '/session',
      tags: ['accounts'],
      response: Session,
      summary:
        'Who is signed in (or null), the CSRF token for writes, and whether reading needs an account',
      handler: ({ res }) => {
        const session = sessionOf(res);
        return Promise.resolve({
          user: session?.user ?? null,
          csrfToken: session?.csrfToken ?? null,
          readAccess: options.readAccess,
        });
      },
    }),
    route({
      method: 'post',
      path: '/auth/login',
      tags: ['accounts'],
      body: LoginRequest,
      response: Session,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'Sign in with name and password (failures rate-limited per account and per client)',
      handler: async ({ body, req, res }) => {
        const client = req.ip ?? 'unknown';
        // Counted in Neo4j before the password is checked, so the limits hold across instances.
        const attempt = await attempts.begin(body.name, client);
        const account = await checkPassword(store, body.name, body.password);
        if (!account)
          throw new ApiError(
            'UNAUTHENTICATED',
            'Wrong user name or password (or the account is disabled).',
          );
        await attempt.succeeded();
        const previous = sessionOf(res);
        if (previous) await closeSession(store, previous.key);
        return signIn(req, res, account);
      },
    }),
    route({
      method: 'post',
      path: '/auth/logout',
      tags: ['accounts'],
      response: Done,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'Sign out: the session ends on the server, so its cookie is worthless after',
      handler: async ({ res }) => {
        const session = sessionOf(res);
        if (!session) throw new ApiError('UNAUTHENTICATED', 'No one is signed in here.');
        await closeSession(store, session.key);
        clearCookies(res);
        return { ok: true as const };
      },
    }),
    route({
      method: 'post',
      path: '/auth/first-admin',
      tags: ['accounts'],
      body: FirstAdminRequest,
      response: Session,
      errors: ['FORBIDDEN', 'CONFLICT'],
      summary: 'Create the first admin with the one-time token printed at start; signs them in',
      handler: async ({ body, req, res }) => signIn(req, res, await createFirstAdmin(store, body)),
    }),
    route({
      method: 'get',
      path: '/accounts',
      tags: ['accounts'],
      role: 'admin',
      response: AccountList,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'Every account with its role (admin)',
      handler: async () => ({ accounts: await listAccounts(store) }),
    }),
    route({
      method: 'post',
      path: '/accounts',
      tags: ['accounts'],
      role: 'admin',
      body: NewAccountRequest,
      response: Account,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT'],
      summary: 'Create an account with a role (admin)',
      handler: ({ body }) => createAccount(store, body),
    }),
    route({
      method: 'post',
      path: '/accounts/:id',
      tags: ['accounts'],
      role: 'admin',
      pathParams: ['id'],
      body: AccountUpdateRequest,
      response: Account,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
      summary: "Change an account's role or disable it (admin; the last admin stays)",
      handler: ({ params, body }) => updateAccount(store, { id: params.id ?? '' }, body),
    }),
  ];
}
