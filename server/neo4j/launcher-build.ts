import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** How to run the launcher: its compiled class on the classpath, or its source file. */
export interface LauncherEntry {
  classpath: string;
  main: string;
}

/**
 * Compiles Launcher.java once per version of its text and of the classpath,
 * into the cache folder. Java's single-file source mode compiles it at
 * every start, about 3.5 s of CPU each time, paid again whenever the
 * supervisor restarts a Neo4j. Without javac (a JRE only), the source runs
 * as before.
 */
export function launcherEntry(source: string, classpath: string, cacheDir: string): LauncherEntry {
  const digest = createHash('sha256')
    .update(readFileSync(source))
    .update(classpath)
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(cacheDir, `launcher-${digest}`);
  if (!existsSync(path.join(dir, 'Launcher.class'))) compileInto(source, classpath, dir);
  return existsSync(path.join(dir, 'Launcher.class'))
    ? { classpath: `${classpath}${path.delimiter}${dir}`, main: 'Launcher' }
    : { classpath, main: source };
}

/** Compiles beside the target and renames, so two starts at once never see half a folder. */
function compileInto(source: string, classpath: string, dir: string): void {
  mkdirSync(path.dirname(dir), { recursive: true });
  const scratch = mkdtempSync(`${dir}-tmp-`);
  const result = spawnSync('javac', ['-nowarn', '-d', scratch, '-cp', classpath, source], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  try {
    if (result.status === 0 && !existsSync(dir)) renameSync(scratch, dir);
  } catch {
    // Another start renamed its own copy first: that one is used.
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
