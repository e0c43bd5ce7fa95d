// The kind colours' unit test checks each pair of kinds the seed links
// (test/unit/client/graph/fixtures/seed-kind-links.json); this proves that
// list is the loaded seed's, so a new link between two kinds cannot slip past it.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../support/db.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('the pairs of kinds the seed links', () => {
  it('are the ones the kind colours are checked against', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a)--(b)
       WITH [l IN labels(a) WHERE l <> 'Event'][0] AS x, [l IN labels(b) WHERE l <> 'Event'][0] AS y
       WHERE x < y AND NOT x STARTS WITH '_' AND NOT y STARTS WITH '_'
       RETURN DISTINCT x + '/' + y AS pair ORDER BY pair`,
    );
    const listed = JSON.parse(
      readFileSync('test/unit/client/graph/fixtures/seed-kind-links.json', 'utf8'),
    ) as string[];
    expect(records.map((r) => String(r.get('pair')))).toEqual(listed);
  });
});
