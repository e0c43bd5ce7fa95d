import { chmodSync, mkdirSync, statSync } from 'node:fs';

/**
 * Makes the local Neo4j's data folder private to this user (mode 700), so
 * no other local user can read the store, the transaction logs or the
 * password file inside it. Returns the old mode, as octal text, when an
 * existing folder was open to others, so start-up can say it changed it.
 */
export function privateDataDir(dir: string): string | undefined {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  chmodSync(dir, 0o700);
  return mode.toString(8);
}
