// Facts from each of the five reports, found by plain Cypher in the loaded
// seed: actors, controls, licences, statements, figures and dates.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../../server/neo4j/convert.js';
import { testDriver } from '../../support/db.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

describe('report 000 (14 August 2025, unnamed senior official)', () => {
  it('records the official anonymously, quoted on efforts to restore magnet imports', async () => {
    const found = await rows(
      `MATCH (p:Person {anonymous: true})-[:MADE]->(s:Statement)-[:SOURCED_FROM]->(:Source {id: 'src:000'})
       WHERE s.quote CONTAINS 'Efforts are on' RETURN s.date AS date`,
    );
    expect(found).toEqual([{ date: '2025-08-14' }]);
  });

  it("keeps India's April–July 2025 exports to China as a sourced figure of $5.76 billion", async () => {
    const found = await rows(
      `MATCH (f:Figure {id: 'fig:000-india-exports-china-apr-jul-2025'})-[:SOURCED_FROM]->(s:Source)
       RETURN f.value AS value, f.unit AS unit, s.id AS source`,
    );
    expect(found).toEqual([{ value: 5.76, unit: 'USD billion', source: 'src:000' }]);
  });
});

describe('report 001 (Business Today, 31 October 2025)', () => {
  it('dates the MEA confirmation to Thursday 30 October 2025, marked as inferred', async () => {
    const found = await rows(
      `MATCH (s:Statement)-[:SOURCED_FROM]->(:Source {id: 'src:001'})
       WHERE s.quote STARTS WITH 'Some Indian companies have received licences'
       RETURN s.date AS date, s.datePrecision AS precision, s.dateInferred AS inferred`,
    );
    expect(found).toContainEqual({ date: '2025-10-30', precision: 'day', inferred: true });
  });

  it('records Business Today as the outlet that published it', async () => {
    const found = await rows(
      `MATCH (:Source {id: 'src:001'})-[:PUBLISHED_BY]->(o:MediaOutlet) RETURN o.name AS name`,
    );
    expect(found).toEqual([{ name: 'Business Today' }]);
  });
});

describe('report 002 (Northeast Herald via IBNS, June 2025)', () => {
  it('attributes the over-60% mining and over-90% processing shares to the IEA', async () => {
    const found = await rows(
      `MATCH (f:Figure)-[:ATTRIBUTED_TO]->(:Organization {id: $iea}) RETURN f.value AS value ORDER BY value`,
      { iea: 'org:iea' },
    );
    expect(found).toEqual([{ value: 60 }, { value: 90 }]);
  });

  it('has MOFCOM among the imposers of the April export controls, with the stated reason', async () => {
    const found = await rows(
      `MATCH (who)-[:IMPOSED]->(x:ExportControl {id: 'event:2025-04-04-china-export-controls'})
       RETURN collect(who.id) AS imposers, x.date AS date`,
    );
    expect(found[0]?.imposers).toContain('org:mofcom');
    expect(found[0]?.date).toBe('2025-04-04');
  });
});

describe('report 003 (MEA briefing, 30 October 2025)', () => {
  it('places the Galwan Valley clash in June 2020, month precision', async () => {
    const found = await rows(
      `MATCH (e:Event)-[:SOURCED_FROM]->(:Source {id: 'src:003'}) WHERE e.name CONTAINS 'Galwan'
       RETURN e.date AS date, e.datePrecision AS precision`,
    );
    expect(found).toEqual([{ date: '2020-06-01', precision: 'month' }]);
  });
});

describe('report 004 (second-hand, citing The Economic Times)', () => {
  it('names the four firms granted licences and the conditions attached', async () => {
    const [licence] = await rows(
      `MATCH (l:LicenceApproval {id: 'event:2025-10-china-licences-indian-firms'})
       OPTIONAL MATCH (l)-[:GRANTED_TO]->(f:Company)
       OPTIONAL MATCH (l)-[:SUBJECT_TO]->(c:Condition)
       RETURN collect(DISTINCT f.name) AS firms, collect(DISTINCT c.name) AS conditions`,
    );
    expect([...(licence?.firms as string[])].sort()).toEqual([
      'Continental',
      'DE Diamonds',
      'Hitachi',
      'Jay-Ushin',
    ]);
    expect((licence?.conditions as string[]).join(' ')).toMatch(/United States/);
    expect((licence?.conditions as string[]).join(' ')).toMatch(/military/i);
  });

  it('keeps 870 tonnes of magnet imports for April–September 2025, from ET data', async () => {
    const found = await rows(
      `MATCH (f:Figure {id: 'fig:004-india-magnet-imports-tonnes-apr-sep-2025'})-[:ATTRIBUTED_TO]->(a)
       RETURN f.value AS value, f.unit AS unit, f.periodStart AS start, f.periodEnd AS end,
              f.periodEndPrecision AS endPrecision`,
    );
    expect(found[0]).toMatchObject({
      value: 870,
      unit: 'tonnes',
      start: '2025-04-01',
      end: '2025-09-01',
      endPrecision: 'month',
    });
  });

  it('is marked second-hand with the outlets it cites', async () => {
    const found = await rows(`MATCH (s:Source {id: 'src:004'}) RETURN s.secondHand AS secondHand`);
    expect(found).toEqual([{ secondHand: true }]);
  });
});

describe('across the reports', () => {
  it("keeps five figures for China's share side by side under one topic", async () => {
    const found = await rows(
      `MATCH (f:Figure {topic: 'china-share-global-rare-earths'})-[:SOURCED_FROM]->(s:Source)
       RETURN count(DISTINCT f) AS figures, count(DISTINCT s) AS sources`,
    );
    expect(found).toEqual([{ figures: 5, sources: 4 }]);
  });

  it('gives every node and relationship a first-reported date', async () => {
    const found = await rows(
      `CALL () { MATCH (n) WHERE n._dataset = 'seed' AND NOT n:Source AND n.firstReported IS NULL RETURN count(n) AS nodes }
       CALL () { MATCH (n)-[r]->() WHERE n._dataset = 'seed' AND r.sources IS NOT NULL AND r.firstReported IS NULL RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    expect(found).toEqual([{ nodes: 0, rels: 0 }]);
  });
});
