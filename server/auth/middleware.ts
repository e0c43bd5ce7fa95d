/**
 * What runs before every /api route: the cross-site check of a write, the
 * session read from its cookie, the CSRF token of a signed-in write, and,
 * when READ_ACCESS=signed-in, the refusal of an anonymous read.
 */
import type { Request, RequestHandler } from 'express';
import { ApiError } from '../errors.js';
import { checkCsrfToken, isWrite, readCookie, SESSION_COOKIE } from './request-session.js';
import { findSession } from './sessions.js';
import type { Store } from './store.js';

export type ReadAccess = 'open' | 'signed-in';

export interface AuthOptions {
  readAccess: ReadAccess;
  /** How long a session lasts from sign-in. */
  sessionTtlMs: number;
  /** An origin allowed to write besides the server's own (the app's CORS origin). */
  trustedOrigin?: string | undefined;
}

export const defaultAuthOptions: AuthOptions = {
  readAccess: 'open',
  sessionTtlMs: 12 * 60 * 60_000,
};

/** Paths under /api that answer without an account whatever READ_ACCESS says. */
const ALWAYS_OPEN = ['/session', '/auth/login', '/auth/first-admin', '/health', '/openapi.json'];

const crossSite = (message: string) =>
  new ApiError('FORBIDDEN', `${message} Writes are taken only from the explorer's own pages.`);

/**
 * A write from another site is refused before anything else: the browser
 * says where a request comes from (Sec-Fetch-Site, Origin), and only the
 * server's own origin (or the configured CORS origin) may write.
 */
function crossSiteRefusal(req: Request, trusted: string | undefined): ApiError | undefined {
  const origin = req.get('origin');
  const own = `${req.protocol}://${req.get('host') ?? ''}`;
  const fromTrusted = origin !== undefined && origin === trusted;
  const site = req.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none' && !fromTrusted)
    return crossSite(`This write came from another site (Sec-Fetch-Site: ${site}).`);
  if (origin !== undefined && origin !== own && !fromTrusted)
    return crossSite(`This write came from another origin (${origin}).`);
  return undefined;
}

export function authMiddleware(store: Store, options: AuthOptions): RequestHandler {
  return (req, res, next) => {
    const write = isWrite(req);
    const refused = write ? crossSiteRefusal(req, options.trustedOrigin) : undefined;
    if (refused) {
      next(refused);
      return;
    }
    const token = readCookie(req, SESSION_COOKIE);
    const found = token ? findSession(store, token) : Promise.resolve(undefined);
    found.then(
      (session) => {
        if (session) res.locals.session = session;
        // A signed-in write without its token may be forged, whatever it asks for.
        const forged = session && write ? checkCsrfToken(req, session) : undefined;
        if (forged) return next(forged);
        if (!session && options.readAccess === 'signed-in' && !ALWAYS_OPEN.includes(req.path))
          return next(
            new ApiError('UNAUTHENTICATED', 'Sign in to read this graph (POST /api/auth/login).'),
          );
        next();
      },
      (error: unknown) => next(error),
    );
  };
}
