import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../../../server/errors.js';
import { bundledSeedDir } from '../../../../server/project-paths.js';
import { datasetIdentity } from '../../../../server/loader/manifest.js';
import { readDataset, readProjectDataset } from '../../../../server/loader/dataset.js';

const made: string[] = [];
function folder(files: Record<string, string>, name?: string): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'reg-unit-ds-'));
  made.push(parent);
  const dir = name ? path.join(parent, name) : parent;
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function failure(fn: () => unknown): StartupError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StartupError) return e;
    throw e;
  }
  throw new Error('expected a StartupError');
}

describe('readDataset', () => {
  it('reads .cypher files in sub-folders, in the order of their paths', () => {
    const dir = folder({
      'b.cypher': 'CREATE (:B);',
      'a/2.cypher': 'CREATE (:A2);',
      'a/1.cypher': 'CREATE (:A1);',
      '.hidden/x.cypher': 'CREATE (:Hidden);',
    });
    const texts = readDataset(dir).files.flatMap((f) =>
      f.steps.map((s) => (s.kind === 'data' ? s.text : '')),
    );
    expect(texts).toEqual(['CREATE (:A1)', 'CREATE (:A2)', 'CREATE (:B)']);
  });

  it('names file, line and the Neo4j 5 form of a Neo4j 4 schema statement, in one line', () => {
    const dir = folder({ 'movies.cypher': 'CREATE (:P);\nCREATE INDEX ON :Person(name);' });
    const message = failure(() => readDataset(dir)).message;
    expect(message).toMatch(
      /movies\.cypher:2: .*Neo4j 4.*write it as: CREATE INDEX FOR \(n:Person\) ON \(n\.name\)/,
    );
    expect(message).not.toContain('\n');
  });

  it('names file and line of a cypher-shell command it cannot run', () => {
    const dir = folder({ 'x.cypher': 'CREATE (:P);\n\n:source other.cypher\n' });
    expect(failure(() => readDataset(dir)).message).toMatch(
      /x\.cypher:3: .*:source.*remove that line/,
    );
  });

  it('says which manifest field is wrong', () => {
    const dir = folder({ 'x.cypher': 'CREATE (:P);', 'ontology.json': '{"dates": {"P": 3}}' });
    expect(failure(() => readDataset(dir)).message).toMatch(/dates\.P/);
  });
});

describe('dataset identity', () => {
  it('is the manifest id when there is one', () => {
    const dir = folder({ 'x.cypher': 'CREATE (:P);', 'ontology.json': '{"id": "my-graph"}' });
    expect(readDataset(dir).name).toBe('my-graph');
  });

  it('is not spoofed by another folder named like the bundled seed', () => {
    const elsewhere = folder({ 'x.cypher': 'CREATE (:P);' }, 'seed');
    expect(path.basename(elsewhere)).toBe('seed');
    expect(readProjectDataset(elsewhere).name).not.toBe(readProjectDataset(bundledSeedDir).name);
    expect(readProjectDataset(elsewhere).name).toMatch(/^seed-[0-9a-f]{8}$/);
  });

  it('differs for two folders of the same name', () => {
    const one = folder({ 'x.cypher': 'CREATE (:P);' }, 'data');
    const two = folder({ 'x.cypher': 'CREATE (:P);' }, 'data');
    expect(datasetIdentity(one, undefined)).not.toBe(datasetIdentity(two, undefined));
  });

  it('gives the project schema only to the bundled seed', () => {
    const elsewhere = folder({ 'x.cypher': 'CREATE (:P);' }, 'seed');
    expect(readProjectDataset(elsewhere).fallbackSchema).toBeUndefined();
    expect(readProjectDataset(bundledSeedDir).fallbackSchema).toBeDefined();
  });
});
