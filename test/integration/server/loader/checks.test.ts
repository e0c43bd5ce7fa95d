import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../server/loader/checks.js';
import {
  readDataset,
  readProjectDataset,
  type Dataset,
} from '../../../../server/loader/dataset.js';
import { loadDataset } from '../../../../server/loader/loader.js';
import { removeDataset, testDriver } from '../../../support/db.js';

let driver: Driver;
let badDir: string;
let bad: Dataset;

// A small dataset that breaks every rule once.
const badCypher = `
MERGE (s:Source {id: 'src:x'}) SET s.name = 'A report', s.date = date('2025-01-01');
MERGE (a:Actor {id: 'actor:sourced'}) SET a.name = 'Sourced';
MATCH (a:Actor {id: 'actor:sourced'}), (s:Source {id: 'src:x'}) MERGE (a)-[:SOURCED_FROM]->(s);
MERGE (b:Actor {id: 'actor:unsourced'}) SET b.name = 'Unsourced';
MERGE (c:Actor {id: 'actor:nameless'});
MERGE (w:Widget {id: 'widget:odd', name: 'Outside the ontology'});
MATCH (w:Widget), (s:Source {id: 'src:x'}) MERGE (w)-[:SOURCED_FROM]->(s);
MERGE (e:Event {id: 'event:undated', name: 'Undated'});
MATCH (e:Event {id: 'event:undated'}), (s:Source {id: 'src:x'}) MERGE (e)-[:SOURCED_FROM]->(s);
MATCH (a:Actor {id: 'actor:sourced'}), (e:Event {id: 'event:undated'}) MERGE (a)-[:PARTICIPATED_IN {sources: ['src:missing']}]->(e);
MATCH (a:Actor {id: 'actor:sourced'}), (e:Event {id: 'event:undated'}) MERGE (a)-[:FROBNICATES {sources: ['src:x']}]->(e);
`;

beforeAll(async () => {
  driver = testDriver();
  badDir = mkdtempSync(path.join(os.tmpdir(), 'reg-bad-'));
  writeFileSync(path.join(badDir, '01.cypher'), badCypher);
  writeFileSync(
    path.join(badDir, 'ontology.json'),
    JSON.stringify({
      labels: ['Source', 'Actor', 'Event'],
      relationshipTypes: ['SOURCED_FROM', 'PARTICIPATED_IN'],
    }),
  );
  bad = readDataset(badDir);
  await loadDataset(driver, undefined, bad);
});

afterAll(async () => {
  await removeDataset(driver, bad.name);
  rmSync(badDir, { recursive: true, force: true });
  await driver.close();
});

async function failing(name: string): Promise<string[]> {
  const results = await runChecks(driver, undefined, bad);
  return results.find((r) => r.name === name)?.offenders.sort() ?? ['<check not run>'];
}

describe('runChecks on a crafted bad dataset', () => {
  it('names nodes without a name', async () => {
    expect(await failing('node-has-id-and-name')).toEqual(['actor:nameless']);
  });

  it('names labels outside the ontology', async () => {
    expect(await failing('label-in-ontology')).toEqual(['widget:odd (Widget)']);
  });

  it('names relationship types outside the ontology', async () => {
    expect(await failing('type-in-ontology')).toEqual(['actor:sourced -[FROBNICATES]->']);
  });

  it('names nodes that reach no source', async () => {
    expect(await failing('node-reaches-source')).toEqual(['actor:nameless', 'actor:unsourced']);
  });

  it('names relationships whose sources do not exist', async () => {
    expect(await failing('relationship-cites-sources')).toEqual([
      'actor:sourced -[PARTICIPATED_IN]-> event:undated',
    ]);
  });

  it('names events without a date', async () => {
    expect(await failing('event-has-date')).toEqual(['event:undated']);
  });
});

describe('runChecks on the bundled seed', () => {
  it('passes every check', async () => {
    const seed = readProjectDataset();
    const results = await runChecks(driver, undefined, seed);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(7);
  });
});
