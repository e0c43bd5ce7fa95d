// Each malformed file gives its clear error, naming its place, and leaves
// the database exactly as it was (the fingerprint of every node,
// relationship and property).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportDataset } from '../../../server/import/dataset.js';
import { loadImported } from '../../../server/import/load.js';
import { projectRoot } from '../../../server/project-paths.js';
import { graphFingerprint, testDriver } from '../../support/db.js';

const bad = path.join(projectRoot, 'test', 'fixtures', 'import', 'bad');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
});

/** A folder of files for one case, with a manifest naming the dataset. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'ontology.json'), JSON.stringify({ id: `bad-${name}` }));
  for (const [f, content] of Object.entries(files)) writeFileSync(path.join(dir, f), content);
  return dir;
}

function withWorkbook(name: string, workbook: string): string {
  const dir = folder(name, {});
  copyFileSync(path.join(bad, workbook), path.join(dir, workbook));
  return dir;
}

const nodes = 'Id,Label,Type\nq1,Quill,Company\nq2,Quire,Company\n';

const cases: [string, () => string, RegExp][] = [
  [
    'an edge to a node that is not there',
    () => folder('dangling', { 'nodes.csv': nodes, 'edges.csv': 'From,To,Type\nq1,q9,supplies\n' }),
    /edges\.csv, row 2, column "To": no node has the id or label "q9"; add it to the nodes sheet/,
  ],
  [
    'a formula with no saved value',
    () => withWorkbook('unsaved', 'formula-unsaved.xlsx'),
    /formula-unsaved\.xlsx, sheet "Nodes", row 3, column "C": the formula =SUM\(A1:A2\) has no saved value, and formulas are never run/,
  ],
  [
    'a formula that reads another workbook',
    () => withWorkbook('external', 'formula-external.xlsx'),
    /formula-external\.xlsx, sheet "Nodes", row 3, column "C": the formula .* reads another workbook, which is never opened/,
  ],
  [
    'a CSV in UTF-16 without a byte-order mark',
    () => folder('utf16', { 'nodes.csv': Buffer.from(nodes, 'utf16le') }),
    /nodes\.csv: the file holds NUL bytes: UTF-16 without a byte-order mark/,
  ],
  [
    'GraphML that is not well formed',
    () =>
      folder('xml', { 'g.graphml': '<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>\n' }),
    /g\.graphml, line \d: the XML is not well formed/,
  ],
  [
    'a GEXF value for an undeclared attribute',
    () =>
      folder('gexf', {
        'g.gexf':
          '<gexf version="1.3"><graph><nodes><node id="a" label="A"><attvalues><attvalue for="x" value="1"/></attvalues></node></nodes></graph></gexf>',
      }),
    /g\.gexf, element <node id="a"> \(node 1\): <attvalue for="x"> has no <attribute> declaration/,
  ],
  [
    'an FtM entity with a property its schema lacks',
    () =>
      folder('ftm', {
        'e.ftm.json':
          '{"id": "p1", "schema": "Person", "properties": {"name": ["Pia"]}}\n{"id": "c1", "schema": "Company", "properties": {"name": ["Co"], "shoeSize": ["9"]}}\n',
      }),
    /e\.ftm\.json, line 2, property "shoeSize": Company has no property "shoeSize"/,
  ],
  [
    "a node Neo4j refuses at load time (another dataset's id under a unique constraint)",
    () =>
      folder('clash', {
        'nodes.csv': 'Id,Label,Type\nq1,Quill,Company\ncountry:india,India again,Country\n',
      }),
    /nodes\.csv, row 3: Neo4j refused it: .*already exists.*; correct those rows/,
  ],
];

describe('malformed input', () => {
  it.each(cases)(
    '%s: a clear error with its place, and the graph unchanged',
    async (_name, make, message) => {
      const before = await graphFingerprint(driver);
      const attempt = async () => {
        const imported = await readImportDataset(make());
        await loadImported(driver, undefined, imported, { force: true, textsDir: null });
      };
      await expect(attempt()).rejects.toThrow(message);
      expect(await graphFingerprint(driver)).toBe(before);
    },
  );
});
