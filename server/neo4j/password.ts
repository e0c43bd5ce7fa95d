import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCAL_USER = 'neo4j';

/**
 * The local Neo4j's password: generated at the first start and kept in the
 * data folder with mode 0600, so only this user (and so this project) can
 * log in. Any other local process, or a web page reaching the Bolt port
 * over a WebSocket, is refused.
 */
export function localPassword(dataDir: string): string {
  const file = path.join(dataDir, 'neo4j-password');
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved.length >= 16) return saved;
  }
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}
