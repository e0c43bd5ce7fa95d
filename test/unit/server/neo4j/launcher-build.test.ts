import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launcherEntry } from '../../../../server/neo4j/launcher-build.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'reg-launcher-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('launcherEntry', () => {
  const source = path.join(root, 'Launcher.java');
  writeFileSync(source, 'public class Launcher { public static void main(String[] a) {} }\n');

  it('compiles the launcher once and runs the class, not the source', () => {
    const entry = launcherEntry(source, root, path.join(root, 'cache'));
    expect(entry.main).toBe('Launcher');
    const compiled = path.join(
      entry.classpath.split(path.delimiter).at(-1) ?? '',
      'Launcher.class',
    );
    const firstBuild = statSync(compiled).mtimeMs;
    expect(launcherEntry(source, root, path.join(root, 'cache'))).toEqual(entry);
    expect(statSync(compiled).mtimeMs).toBe(firstBuild);
  });

  it('falls back to the source file when it does not compile', () => {
    const broken = path.join(root, 'broken', 'Launcher.java');
    mkdirSync(path.dirname(broken));
    writeFileSync(broken, 'this is not Java\n');
    const entry = launcherEntry(broken, root, path.join(root, 'cache'));
    expect(entry).toEqual({ classpath: root, main: broken });
  });
});
