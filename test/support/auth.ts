/**
 * How tests sign in: an account made through the real account code (argon2
 * hash in the test Neo4j), then a real POST /api/auth/login over HTTP. The
 * answer's cookies and CSRF token come back ready to send.
 */
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import request from 'supertest';
import type { Role, User } from '../../contract/index.js';
import { createAccount } from '../../server/auth/store.js';
import { testDriver } from './db.js';

export interface SignedIn {
  user: User;
  password: string;
  /** The Cookie header to send: the session cookie and the CSRF cookie. */
  cookie: string;
  csrfToken: string;
  /** Cookie and X-CSRF-Token together, for a write. */
  headers: { Cookie: string; 'X-CSRF-Token': string };
}

/** Cookie header value from Set-Cookie lines (name=value pairs only). */
export function cookieHeader(setCookie: string[] | string | undefined): string {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return lines.map((line) => line.split(';')[0]).join('; ');
}

/** Creates an account with this role through the account code; returns its name and password. */
export async function makeAccount(role: Role, driver?: Driver, name?: string) {
  const own = driver ?? testDriver();
  const password = `pw-${randomUUID()}`;
  try {
    const account = await createAccount(
      { driver: own, database: undefined },
      { name: name ?? `${role}-${randomUUID().slice(0, 8)}`, password, role },
    );
    return { account, password };
  } finally {
    if (!driver) await own.close();
  }
}

/** Logs in over HTTP, to an Express app (supertest) or a served base URL (fetch). */
export async function logIn(target: Express | string, name: string, password: string) {
  if (typeof target === 'string') {
    const res = await fetch(`${target}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { csrfToken: string; user: User };
    return { cookie: cookieHeader(res.headers.getSetCookie()), ...body };
  }
  const res = await request(target).post('/api/auth/login').send({ name, password });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${res.text}`);
  return {
    cookie: cookieHeader(res.headers['set-cookie']),
    ...(res.body as { csrfToken: string; user: User }),
  };
}

/** A new account with `role`, signed in over real HTTP. */
export async function signIn(
  target: Express | string,
  role: Role,
  options: { driver?: Driver; name?: string } = {},
): Promise<SignedIn> {
  const { account, password } = await makeAccount(role, options.driver, options.name);
  const { cookie, csrfToken, user } = await logIn(target, account.name, password);
  return {
    user,
    password,
    cookie,
    csrfToken,
    headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken },
  };
}

/**
 * Deletes what these people's accounts wrote in the team's records (drafts,
 * change records, comments, shared views and queries), so the lists other
 * test files read stay theirs. The dataset's own nodes are each file's to remove.
 */
export async function forgetTeamRecords(driver: Driver, people: readonly string[]): Promise<void> {
  await driver.executeQuery(
    `MATCH (x) WHERE (x:_Draft AND x._authorName IN $people)
       OR (x:_Change AND (x._author IN $people OR x._reviewer IN $people))
       OR (x:_Comment AND x._author IN $people)
       OR ((x:_TeamView OR x:_TeamQuery) AND x._authorName IN $people)
     DETACH DELETE x`,
    { people },
  );
}
