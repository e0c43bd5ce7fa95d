// The sources list and a source's detail on the real Neo4j: the links that
// list a report are found through the full-text index on `sources`, and
// they are exactly the links a scan of every relationship finds.
import { describe, expect, it } from 'vitest';
import type { GraphContext } from '../../../../server/graph/context.js';
import { listSources, sourceDetail } from '../../../../server/graph/sources.js';
import {
  SOURCE_INDEX,
  ensureSourceIndex,
  sourceIndexReady,
} from '../../../../server/graph/source-index.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();

/** Links per report id, by reading every relationship. */
async function scannedCounts(): Promise<Map<string, number>> {
  const { records } = await graph.driver.executeQuery(
    `MATCH ()-[r]->() WHERE r.sources IS NOT NULL
     UNWIND r.sources AS sid RETURN sid, count(*) AS n`,
  );
  return new Map(records.map((r) => [String(r.get('sid')), Number(r.get('n'))]));
}

/** The seed's context with its reads recorded. */
function recording(): { ctx: GraphContext; asked: string[] } {
  const asked: string[] = [];
  const ctx: GraphContext = {
    ...graph.ctx,
    read(cypher, params) {
      asked.push(cypher);
      return graph.ctx.read(cypher, params);
    },
  };
  return { ctx, asked };
}

describe('sources through the index on relationship sources', () => {
  it('names every relationship type in use, comes online, and is then kept as it is', async () => {
    // Made by the seed's load; other files' datasets may have come and gone since.
    await ensureSourceIndex(graph.driver, undefined);
    await graph.driver.executeQuery(`CALL db.awaitIndex('${SOURCE_INDEX}', 60)`);
    expect(await sourceIndexReady(graph.ctx)).toBe(true);
    expect(await ensureSourceIndex(graph.driver, undefined)).toBe('kept');
  });

  it('counts for every report on every page the links a scan of every relationship finds', async () => {
    const { ctx, asked } = recording();
    const expected = await scannedCounts();
    const seen: [string, number][] = [];
    let offset: number | null = 0;
    for (let pages = 0; offset !== null && pages < 50; pages++) {
      const page = await listSources(ctx, { limit: 7, offset });
      for (const s of page.sources) seen.push([s.id, s.supports.relationships]);
      offset = page.nextOffset;
    }
    expect(offset).toBeNull();
    expect(seen.some(([, n]) => n > 0)).toBe(true);
    expect(seen).toEqual(seen.map(([id]) => [id, expected.get(id) ?? 0]));
    expect(asked.some((c) => c.includes('UNWIND r.sources'))).toBe(false);
  });

  it("gives a report's detail exactly the links that list it, without a scan", async () => {
    const [id, count] = [...(await scannedCounts())].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const { ctx, asked } = recording();
    const detail = await sourceDetail(ctx, id, { clock: 'happened' });
    expect(detail.graph.edges.length).toBe(count);
    expect(detail.source.supports.relationships).toBe(count);
    expect(asked.some((c) => c.includes('queryRelationships'))).toBe(true);
  });

  it('makes the index again when a type appears, and again when its last link goes', async () => {
    const { driver } = graph;
    await driver.executeQuery(
      `CREATE (:SourceIndexProbe {id: 'probe:a'})-[:PROBE_ONLY_TYPE {sources: ['probe:src']}]->(:SourceIndexProbe {id: 'probe:b'})`,
    );
    try {
      expect(await sourceIndexReady(graph.ctx)).toBe(false);
      expect(await ensureSourceIndex(driver, undefined)).toBe('made');
      await driver.executeQuery(`CALL db.awaitIndex('${SOURCE_INDEX}', 60)`);
      expect(await sourceIndexReady(graph.ctx)).toBe(true);
    } finally {
      await driver.executeQuery('MATCH (n:SourceIndexProbe) DETACH DELETE n');
    }
    // An index naming a type keeps it in db.relationshipTypes(), so in every vocabulary.
    expect(await ensureSourceIndex(driver, undefined)).toBe('made');
    const { records } = await driver.executeQuery(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types',
    );
    expect(records[0]?.get('types')).not.toContain('PROBE_ONLY_TYPE');
  });
});
