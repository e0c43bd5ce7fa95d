import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { datasetIdentity } from '../../../../server/loader/manifest.js';
import { readDataset } from '../../../../server/loader/dataset.js';
import { loadDataset, SeedError } from '../../../../server/loader/loader.js';
import { graphFingerprint, removeDataset, testDriver } from '../../../support/db.js';

let driver: Driver;
const folders: string[] = [];

/** A dataset folder in /tmp with the given files; its name is unique per test. */
function datasetDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reg-ds-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function ids(dataset: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE n._dataset = $dataset RETURN n.id AS id ORDER BY id',
    { dataset },
  );
  return records.map((r) => String(r.get('id')));
}

beforeAll(() => {
  driver = testDriver();
});

afterEach(async () => {
  for (const dir of folders.splice(0)) {
    await removeDataset(driver, datasetIdentity(dir, undefined));
    rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await driver.close();
});

const twoThings = `
MERGE (a:Thing {id: 'thing:a'}) SET a.name = 'A';
MERGE (b:Thing {id: 'thing:b'}) SET b.name = 'B; with a semicolon';
MATCH (a:Thing {id: 'thing:a'}), (b:Thing {id: 'thing:b'}) MERGE (a)-[:LINKS]->(b);
`;

describe('loadDataset', () => {
  it('loads every statement and reports counts by label and type', async () => {
    const dataset = readDataset(datasetDir({ '01.cypher': twoThings }));
    const result = await loadDataset(driver, undefined, dataset);
    expect(result).toMatchObject({
      skipped: false,
      statements: 3,
      nodesByLabel: { Thing: 2 },
      relationshipsByType: { LINKS: 1 },
    });
  });

  it('changes nothing when the same dataset is loaded twice', async () => {
    const dataset = readDataset(datasetDir({ '01.cypher': twoThings }));
    await loadDataset(driver, undefined, dataset);
    const before = await graphFingerprint(driver);
    await loadDataset(driver, undefined, dataset, { force: true });
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('skips the load when no file changed since the last one', async () => {
    const dataset = readDataset(datasetDir({ '01.cypher': twoThings }));
    await loadDataset(driver, undefined, dataset);
    const again = await loadDataset(driver, undefined, dataset);
    expect(again.skipped).toBe(true);
    expect(again.nodesByLabel).toEqual({ Thing: 2 });
  });

  it('drops on reload what the new version of the dataset no longer has', async () => {
    const dir = datasetDir({ '01.cypher': twoThings });
    await loadDataset(driver, undefined, readDataset(dir));
    writeFileSync(path.join(dir, '01.cypher'), "MERGE (a:Thing {id: 'thing:a'}) SET a.name = 'A';");
    await loadDataset(driver, undefined, readDataset(dir));
    expect(await ids(datasetIdentity(dir, undefined))).toEqual(['thing:a']);
  });

  it('leaves nodes that did not come from the dataset alone', async () => {
    await driver.executeQuery("MERGE (:Note {id: 'note:analyst', name: 'kept'})");
    try {
      const dir = datasetDir({ '01.cypher': twoThings });
      await loadDataset(driver, undefined, readDataset(dir));
      await loadDataset(driver, undefined, readDataset(dir), { force: true });
      const { records } = await driver.executeQuery(
        "MATCH (n:Note {id: 'note:analyst'}) RETURN n.name AS name",
      );
      expect(records.map((r) => r.get('name') as string)).toEqual(['kept']);
    } finally {
      await driver.executeQuery("MATCH (n:Note {id: 'note:analyst'}) DELETE n");
    }
  });

  it('leaves the previous graph intact when a file fails part-way, naming file and line', async () => {
    const dir = datasetDir({ '01.cypher': twoThings });
    await loadDataset(driver, undefined, readDataset(dir));
    const before = await graphFingerprint(driver);
    writeFileSync(
      path.join(dir, '02.cypher'),
      "MERGE (c:Thing {id: 'thing:c'}) SET c.name = 'C';\n\nMERGE (d:Thing {id: 'thing:d'}) SET d.name = ;\n",
    );
    const failure = await loadDataset(driver, undefined, readDataset(dir)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SeedError);
    expect((failure as SeedError).message).toMatch(
      /02\.cypher:3: Neo4j refused the statement: Invalid input/,
    );
    expect(await graphFingerprint(driver)).toBe(before);
    expect(await ids(datasetIdentity(dir, undefined))).toEqual(['thing:a', 'thing:b']);
  });

  it('loads nodes that have no id property', async () => {
    const dir = datasetDir({ '01.cypher': "CREATE (:Memo {name: 'no id here'});" });
    const result = await loadDataset(driver, undefined, readDataset(dir));
    expect(result.nodesByLabel).toEqual({ Memo: 1 });
  });

  it('runs schema statements written among the data on their own, first, and again on a reload', async () => {
    const dir = datasetDir({
      '01.cypher': [
        "CREATE (:Rivet {id: 'rivet:1', name: 'One'});",
        'CREATE CONSTRAINT rivet_id FOR (r:Rivet) REQUIRE r.id IS UNIQUE;',
        ":param second => 'Two'",
        ":begin\nCREATE (:Rivet {id: 'rivet:2', name: $second});\n:commit",
      ].join('\n'),
    });
    try {
      await loadDataset(driver, undefined, readDataset(dir));
      await loadDataset(driver, undefined, readDataset(dir), { force: true });
      const { records } = await driver.executeQuery(
        'MATCH (r:Rivet) RETURN r.name AS name ORDER BY name',
      );
      expect(records.map((r) => r.get('name') as string)).toEqual(['One', 'Two']);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT rivet_id IF EXISTS');
    }
  });

  it('leaves the data unchanged when a script mixing schema and data fails, naming file and line', async () => {
    const before = await graphFingerprint(driver);
    const dir = datasetDir({
      'a.cypher':
        "CREATE INDEX bolt_name IF NOT EXISTS FOR (b:Bolt) ON (b.name);\nCREATE (:Bolt {name: 'x'});",
      'b/c.cypher': 'CREATE (:Bolt {name: $missing});',
    });
    try {
      const failure = await loadDataset(driver, undefined, readDataset(dir)).catch(
        (e: unknown) => e,
      );
      expect((failure as SeedError).message).toMatch(
        /b\/c\.cypher:1: Neo4j refused the statement: .*missing.*:param missing => <value>/,
      );
      expect(await graphFingerprint(driver)).toBe(before);
    } finally {
      await driver.executeQuery('DROP INDEX bolt_name IF EXISTS');
    }
  });

  it('refuses a Neo4j 4 schema statement before anything runs', async () => {
    const before = await graphFingerprint(driver);
    const dir = datasetDir({
      '01.cypher':
        "CREATE (:Nut {name: 'n'});\nCREATE CONSTRAINT ON (n:Nut) ASSERT n.name IS UNIQUE;",
    });
    const failure = await (async () => loadDataset(driver, undefined, readDataset(dir)))().catch(
      (e: unknown) => e,
    );
    expect((failure as Error).message).toMatch(
      /01\.cypher:2: .*write it as: CREATE CONSTRAINT FOR \(n:Nut\) REQUIRE n\.name IS UNIQUE/,
    );
    expect(await graphFingerprint(driver)).toBe(before);
  });

  it('loads a file that is one huge statement', async () => {
    const nodes = Array.from(
      { length: 500 },
      (_, i) => `(:Washer {id: 'washer:${i}', name: 'W${i}'})`,
    );
    const dir = datasetDir({ 'one.cypher': `CREATE ${nodes.join(',\n')};` });
    const result = await loadDataset(driver, undefined, readDataset(dir));
    expect(result.nodesByLabel).toEqual({ Washer: 500 });
  });
});
