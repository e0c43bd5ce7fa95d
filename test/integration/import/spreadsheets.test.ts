// A two-sheet workbook and a Kumu CSV pair, loaded as npm run seed loads
// them, then explored through the API: search, details with their sources,
// a path and the timeline. The workbook's --emit-cypher script loads back
// as a Cypher dataset into the same graph.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/project-paths.js';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { loadDataset, readCounts } from '../../../server/loader/loader.js';
import { removeDataset, testDriver } from '../../support/db.js';
import { runSeedCli } from '../../support/seed-cli.js';
import { loadAndServe, pathLength, searchId, sourcesOf, timelineOf } from './explore.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'import');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-sheets-'));
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  for (const d of ['import-workbook', 'import-kumu', 'import-workbook-emitted', 'import-sourced']) {
    await removeDataset(driver, d);
  }
  rmSync(tmp, { recursive: true, force: true });
  await driver.close();
});

describe('a two-sheet workbook', () => {
  const folder = path.join(tmp, 'workbook');
  cpSync(path.join(fixtures, 'workbook'), folder, { recursive: true });
  const workbook = path.join(folder, 'magnet-buyers.xlsx');

  it('loads through npm run seed -- <file> --emit-cypher, passing the checks', () => {
    const { code, out } = runSeedCli([workbook, '--force', '--emit-cypher'], 90_000);
    expect(out).toContain('Wrote the generated Cypher to');
    expect(out).toMatch(/Loaded dataset "import-workbook"/);
    expect(out).toContain('✔ no two nodes share an id');
    expect(out).toContain('quotes not checked: imported sources carry no report texts');
    expect(code, out).toBe(0);
  });

  it('answers search, details with provenance, a path and the timeline', async () => {
    const { app, imported } = await loadAndServe(driver, workbook, folder);
    // A workbook's sheets are read twice too, a sheet at a time.
    expect(imported.streamed).toBe(true);
    const kestrel = await searchId(app, 'Kestrel Magnetics');
    expect(kestrel).toBe('wb-kestrel');
    expect(await sourcesOf(app, kestrel)).toEqual([
      ['Magnet Ledger', 'Kestrel Magnetics placed its largest order'],
    ]);
    expect(await pathLength(app, 'wb-anaya', 'wb-orchid')).toBe(2);
    expect(await timelineOf(app, ['Spring magnet order'])).toEqual([
      ['Spring magnet order', '2025-03-14', 'day'],
    ]);
  });

  it('keeps typed cells: integers, booleans, lists, a month date and a formula’s saved value', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (k:Company {id: 'wb-kestrel'})<-[s:SUPPLIES]-(:Company)
       MATCH (:Company {id: 'wb-orchid'})-[p:SHIPS_THROUGH]->(:Place)
       RETURN k.employees AS employees, k.listed AS listed, k.aliases AS aliases,
              toString(s.since) AS since, s.sincePrecision AS precision, p.tonnes AS tonnes`,
    );
    const row = records[0]?.toObject();
    expect(Number(row?.employees)).toBe(420);
    expect(row).toMatchObject({
      listed: true,
      aliases: ['Kestrel', 'KML'],
      since: '2024-06-01',
      precision: 'month',
      tonnes: 8,
    });
  });

  it('writes a script that loads as a Cypher dataset into the same graph', async () => {
    const copy = path.join(tmp, 'emitted');
    cpSync(path.join(folder, 'magnet-buyers.cypher'), path.join(copy, 'data.cypher'));
    writeFileSync(path.join(copy, 'ontology.json'), '{"id": "import-workbook-emitted"}');
    const imported = await readCounts(driver, undefined, 'import-workbook');
    await removeDataset(driver, 'import-workbook');
    await loadDataset(driver, undefined, readProjectDataset(copy), { force: true, textsDir: null });
    expect(await readCounts(driver, undefined, 'import-workbook-emitted')).toEqual(imported);
  });
});

describe("a CSV pair in Kumu's column names", () => {
  const folder = path.join(fixtures, 'kumu');

  it('answers search, details with provenance, a path and the timeline', async () => {
    const { app, result, imported } = await loadAndServe(driver, folder, folder);
    // CSV sheets are read twice, their rows written as they are read the second time.
    expect(imported.streamed).toBe(true);
    expect(result.nodesByLabel).toMatchObject({ Company: 2, Event: 2, Source: 2 });
    const lotus = await searchId(app, 'Lotus Alloys');
    expect(lotus).toBe('import-kumu:lotus-alloys');
    const fire = await searchId(app, 'Quay fire');
    expect(await pathLength(app, fire, 'import-kumu:rhea-banerjee')).toBe(3);
    expect(await timelineOf(app, ['Corridor talks', 'Quay fire'])).toEqual([
      ['Corridor talks', '2025-05-01', 'month'],
      ['Quay fire', '2025-07-21', 'day'],
    ]);
    const rel = await driver.executeQuery(
      `MATCH (:Company {id: 'import-kumu:lotus-alloys'})-[r:SUPPLIES]->()
       MATCH (s:Source {id: r.quoteSource})
       RETURN r.quote AS quote, r.strength AS strength, s.name AS source, s.url AS url`,
    );
    expect(rel.records[0]?.toObject()).toEqual({
      quote: 'Lotus Alloys supplies Ostrava',
      strength: 0.8,
      source: 'Corridor Weekly',
      url: 'https://example.org/corridor-weekly/12',
    });
  });
});

describe('a CSV pair whose nodes name their sources', () => {
  it('loads through the two reads: a link to each source with its quote, dates at their precision', async () => {
    const folder = path.join(tmp, 'sourced');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'nodes.csv'),
      [
        'Id,Label,Type,Founded,Source,URL,Quote',
        's1,Saffron Magnets,Company,2019,Harbour Notes,https://example.org/harbour/1,Saffron opened a line',
        's2,Tern Metals,Company,2021-03,Harbour Notes,https://example.org/harbour/1,Tern buys oxide',
        's3,Wren Freight,Company,2022-11-05,,,',
      ].join('\n'),
    );
    writeFileSync(
      path.join(folder, 'edges.csv'),
      'From,To,Type\ns1,s2,supplies\ns2,s3,ships with\n',
    );
    writeFileSync(path.join(folder, 'ontology.json'), '{"id": "import-sourced"}');
    const { imported } = await loadAndServe(driver, folder, folder);
    expect(imported.streamed).toBe(true);
    const { records } = await driver.executeQuery(
      `MATCH (c:Company {_dataset: 'import-sourced'})
       OPTIONAL MATCH (c)-[l:SOURCED_FROM]->(s:Source)
       RETURN c.id AS id, toString(c.founded) AS founded, c.foundedPrecision AS precision,
              l.quote AS quote, s.name AS source ORDER BY id`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: 's1',
        founded: '2019-01-01',
        precision: 'year',
        quote: 'Saffron opened a line',
        source: 'Harbour Notes',
      },
      {
        id: 's2',
        founded: '2021-03-01',
        precision: 'month',
        quote: 'Tern buys oxide',
        source: 'Harbour Notes',
      },
      { id: 's3', founded: '2022-11-05', precision: 'day', quote: null, source: null },
    ]);
    const links = await driver.executeQuery(
      "MATCH (:Company {_dataset: 'import-sourced'})-[r:SUPPLIES|SHIPS_WITH]->() RETURN count(r) AS n",
    );
    expect(Number(links.records[0]?.get('n'))).toBe(2);
  });
});
