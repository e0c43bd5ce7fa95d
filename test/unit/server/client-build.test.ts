// When npm start rebuilds the client: only when a source is newer than the build.
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsStale, newestChange } from '../../../server/client-build.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A file with a given modification time, in seconds since the epoch. */
function fileAt(file: string, seconds: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, seconds, seconds);
}

describe('buildIsStale', () => {
  it('builds when there is no build yet', () => {
    expect(buildIsStale(undefined, 1_000)).toBe(true);
  });

  it('builds when a source changed after the build', () => {
    expect(buildIsStale(1_000, 2_000)).toBe(true);
  });

  it('keeps a build newer than every source', () => {
    expect(buildIsStale(2_000, 1_000)).toBe(false);
  });
});

describe('newestChange', () => {
  it('finds the newest file in nested folders', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'reg-build-'));
    fileAt(path.join(dir, 'a.ts'), 1_000);
    fileAt(path.join(dir, 'src', 'deep', 'b.ts'), 5_000);
    for (const d of [path.join(dir, 'src', 'deep'), path.join(dir, 'src'), dir])
      utimesSync(d, 500, 500);
    expect(newestChange(dir)).toBe(5_000_000);
  });

  it('skips node_modules, whose files say nothing about the client sources', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'reg-build-'));
    fileAt(path.join(dir, 'a.ts'), 1_000);
    fileAt(path.join(dir, 'node_modules', 'x', 'index.js'), 9_000);
    utimesSync(dir, 500, 500);
    expect(newestChange(dir)).toBe(1_000_000);
  });
});
