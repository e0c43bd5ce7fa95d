/**
 * The one gate of every write: `requireRole(role)` answers 401 when no one
 * is signed in and 403 when the signed-in role is below `role`, through the
 * app's error middleware, and leaves the user on res.locals.user. The
 * session itself is read earlier, once per request (middleware.ts); on a
 * write the CSRF token is checked there too, and again here, so a router
 * mounted without the app's middleware still refuses a forged write.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Role, User } from '../../contract/index.js';
import { ApiError } from '../errors.js';
import { checkCsrfToken, isWrite, sessionOf } from './request-session.js';

const RANK: Record<Role, number> = { reader: 0, editor: 1, reviewer: 2, admin: 3 };

/** True when `has` may do what `needs` may: a reviewer may edit, an admin may do everything. */
export const roleAllows = (has: Role, needs: Role) => RANK[has] >= RANK[needs];

export function requireRole(role: Role): RequestHandler {
  return (req: Request, res: Response, next) => {
    const session = sessionOf(res);
    if (!session) {
      next(
        new ApiError(
          'UNAUTHENTICATED',
          'Sign in first: this needs an account (POST /api/auth/login).',
        ),
      );
      return;
    }
    if (isWrite(req)) {
      const refused = checkCsrfToken(req, session);
      if (refused) {
        next(refused);
        return;
      }
    }
    if (!roleAllows(session.user.role, role)) {
      next(
        new ApiError(
          'FORBIDDEN',
          `This needs the ${role} role; you are signed in as ${session.user.role}. Ask an admin.`,
        ),
      );
      return;
    }
    res.locals.user = session.user;
    next();
  };
}

/** The signed-in user put on res.locals by requireRole; throws UNAUTHENTICATED when none. */
export function currentUser(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw new ApiError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
  return user;
}
