/** The session found for a request (middleware.ts puts it on res.locals) and the CSRF check of a write. */
import type { Request, Response } from 'express';
import { ApiError } from '../errors.js';
import { sameSecret, type ActiveSession } from './sessions.js';

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'reg_session';

export const isWrite = (req: Request) => !['GET', 'HEAD', 'OPTIONS'].includes(req.method);

export function sessionOf(res: Response): ActiveSession | undefined {
  return res.locals.session as ActiveSession | undefined;
}

/** A write's X-CSRF-Token must be its session's: a forged cross-site request cannot read it. */
export function checkCsrfToken(req: Request, session: ActiveSession): ApiError | undefined {
  const sent = req.get(CSRF_HEADER);
  if (sent && sameSecret(sent, session.csrfToken)) return undefined;
  return new ApiError(
    'FORBIDDEN',
    "This write lacks the session's CSRF token: send the X-CSRF-Token header from GET /api/session.",
  );
}

/** The value of one cookie in a Cookie header. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
