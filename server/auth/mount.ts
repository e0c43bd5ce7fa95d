/** Accounts wired into an app: the session middleware on /api, the setup page, the account routes. */
import type { Express } from 'express';
import type { RouteDef } from '../http/route.js';
import type { LoginLimits } from '../http/rate-limit-logins.js';
import { authMiddleware, defaultAuthOptions, type AuthOptions } from './middleware.js';
import { accountRoutes } from './routes.js';
import { setupPage } from './setup-page.js';
import type { Store } from './store.js';

export interface AccountsOptions {
  auth?: Partial<AuthOptions> | undefined;
  loginLimits?: LoginLimits | undefined;
}

/** Call before the API routes are mounted; returns the account routes for the route table. */
export function useAccounts(
  app: Express,
  store: Store,
  options: AccountsOptions & { corsOrigin?: string | undefined },
): { routes: RouteDef[]; auth: AuthOptions } {
  const auth: AuthOptions = {
    ...defaultAuthOptions,
    trustedOrigin: options.corsOrigin,
    ...options.auth,
  };
  app.use('/api', authMiddleware(store, auth));
  app.use(setupPage(store, auth));
  return { routes: accountRoutes(store, auth, options.loginLimits), auth };
}
