/**
 * The page the first-admin link opens: a plain form (no script, so it works
 * before the client is built) that posts the one-time token with a name and
 * a password, then signs the new admin in and goes to the explorer.
 */
import express, { Router } from 'express';
import { FirstAdminRequest } from '../../contract/index.js';
import { toApiError } from '../http/error-handler.js';
import { createFirstAdmin } from './first-admin.js';
import type { AuthOptions } from './middleware.js';
import { openSession } from './sessions.js';
import { SESSION_COOKIE } from './request-session.js';
import type { Store } from './store.js';
import { CSRF_COOKIE } from './routes.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(token: string, problem?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Create the first admin</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem">
<h1>Create the first admin</h1>
<p>This link works once. The admin you create here manages every other account.</p>
${problem ? `<p role="alert" style="color:#a00">${escape(problem)}</p>` : ''}
<form method="post" action="/setup">
<input type="hidden" name="token" value="${escape(token)}">
<p><label>User name<br><input name="name" autocomplete="username" required minlength="2" maxlength="64"></label></p>
<p><label>Password (10 characters or more)<br><input name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="256"></label></p>
<p><button type="submit">Create admin and sign in</button></p>
</form></body></html>`;
}

export function setupPage(store: Store, options: AuthOptions): Router {
  const router = Router();
  router.get('/setup', (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token.slice(0, 200) : '';
    res.type('html').send(page(token));
  });
  router.post('/setup', express.urlencoded({ extended: false, limit: '4kb' }), (req, res, next) => {
    const site = req.get('sec-fetch-site');
    const body: unknown = req.body;
    const parsed = FirstAdminRequest.safeParse(body);
    const token = parsed.success ? parsed.data.token : '';
    if (site && site !== 'same-origin' && site !== 'none') {
      res.status(403).type('html').send(page(token, 'This form must be sent from its own page.'));
      return;
    }
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => i.message).join('. ');
      res.status(400).type('html').send(page(token, problem));
      return;
    }
    createFirstAdmin(store, parsed.data)
      .then(async (account) => {
        const session = await openSession(store, account.id, options.sessionTtlMs);
        const common = {
          path: '/',
          sameSite: 'strict' as const,
          secure: req.secure,
          maxAge: options.sessionTtlMs,
        };
        res.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
        res.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
        res.redirect(303, '/');
      })
      .catch((error: unknown) => {
        const apiError = toApiError(error);
        if (apiError.code === 'INTERNAL') return next(error);
        res.status(apiError.status).type('html').send(page(token, apiError.message));
      });
  });
  return router;
}
