import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetIdentity, readProfile } from '../../../../server/loader/manifest.js';

const made: string[] = [];
function folder(manifest?: unknown): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-unit-manifest-'));
  made.push(dir);
  if (manifest !== undefined)
    writeFileSync(path.join(dir, 'ontology.json'), JSON.stringify(manifest));
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readProfile', () => {
  it('names a folder without a manifest by its identity and infers its time', () => {
    const dir = folder();
    const profile = readProfile(dir);
    expect(profile.id).toBe(datasetIdentity(dir, undefined));
    expect(profile.inferTime).toBe(true);
  });

  it('reads the manifest of the folder: its id and its labels', () => {
    const profile = readProfile(folder({ id: 'ships', sourceLabel: 'Logbook', dates: {} }));
    expect(profile).toMatchObject({ id: 'ships', sourceLabel: 'Logbook', inferTime: false });
  });
});
