import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateDataDir } from '../../../../server/neo4j/data-dir.js';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-datadir-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('privateDataDir', () => {
  it('creates a missing data folder readable by its owner only', () => {
    const dir = path.join(scratch(), 'data');
    expect(privateDataDir(dir)).toBeUndefined();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('closes an existing folder that others could read and says what its mode was', () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    expect(privateDataDir(dir)).toBe('755');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('leaves a folder that is already private as it is', () => {
    const dir = scratch();
    chmodSync(dir, 0o700);
    expect(privateDataDir(dir)).toBeUndefined();
  });
});
