// npm start builds the client only when its sources changed since the last
// build: the build is the same output for the same sources, and on a busy
// machine it took a sixth of a warm start (17 of 99 s).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientDir, projectRoot } from './project-paths.js';

/** What the client bundle is made of: its own folder, the code it shares, the locked packages. */
export const CLIENT_INPUTS = ['client', 'contract', 'core', 'package.json', 'package-lock.json'];

/** The latest modification time under a file or folder (node_modules and dot folders skipped). */
export function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, name)));
  }
  return newest;
}

/** A build is stale when there is none, or a source changed after it was written. */
export function buildIsStale(builtAt: number | undefined, sourcesChangedAt: number): boolean {
  return builtAt === undefined || sourcesChangedAt > builtAt;
}

function builtAt(): number | undefined {
  const index = path.join(clientDir, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : undefined;
}

/** Rebuilds the client when a source changed since its last build. */
export function buildClientIfStale(): void {
  const inputs = CLIENT_INPUTS.map((p) => path.join(projectRoot, p)).filter((p) => existsSync(p));
  const changed = Math.max(...inputs.map(newestChange));
  if (!buildIsStale(builtAt(), changed)) {
    console.log('Client build is up to date; not rebuilt (npm run build:client forces it).');
    return;
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:client'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  process.exitCode = build.status ?? 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) buildClientIfStale();
