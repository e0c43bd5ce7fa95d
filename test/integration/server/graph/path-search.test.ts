// The server-run path search on the real seed: every step of an answer is a
// relationship of the graph, and where the caps cannot bite (no node passed
// has more links than the caps read) the length is Neo4j's own shortest.
import { describe, expect, it } from 'vitest';
import { PathsQuery } from '../../../../contract/index.js';
import { findPaths } from '../../../../server/graph/paths.js';
import { LINK_CAP } from '../../../../server/graph/path-search.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();

/** A threshold at the link cap: every node the search steps through is read whole. */
const HUB = String(LINK_CAP);

/** Every 9th node with an id, reports aside: a spread of people, places, events and things. */
async function sampleIds(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Source
     WITH n.id AS id ORDER BY id
     WITH collect(id) AS ids
     UNWIND range(0, size(ids) - 1, 9) AS i RETURN ids[i] AS id LIMIT 8`,
  );
  return records.map((r) => String(r.get('id')));
}

/** Neo4j's own shortest length with the same rules (no provenance, no hub between the ends), or null. */
async function neo4jShortest(from: string, to: string): Promise<number | null> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (a {id: $from}), (b {id: $to})
     MATCH p = SHORTEST 1 (a) (()-[r]-(y) WHERE type(r) <> $prov
       AND (y = b OR COUNT { (y)-[x]-() WHERE type(x) <> $prov } <= $hub)){1,6} (b)
     RETURN length(p) AS length`,
    { from, to, prov: graph.ctx.profile.provenanceType, hub: Number(HUB) },
  );
  return records.length === 0 ? null : Number(records[0]?.get('length'));
}

async function relationshipExists(from: string, type: string, to: string): Promise<boolean> {
  const { records } = await graph.driver.executeQuery(
    `RETURN EXISTS { MATCH ({id: $from})-[r]->({id: $to}) WHERE type(r) = $type } AS found`,
    { from, to, type },
  );
  return records[0]?.get('found') === true;
}

const ask = (from: string, to: string, mode: string) =>
  findPaths(graph.ctx, PathsQuery.parse({ from, to, mode, hubDegree: HUB }));

describe('the path search on the seed', () => {
  it('answers only paths whose every step is a relationship of the graph', async () => {
    const ids = await sampleIds();
    let steps = 0;
    for (const to of ids.slice(1)) {
      const result = await ask(ids[0] ?? '', to, 'ranked');
      for (const path of result.paths) {
        expect(path.steps[0]?.from.id).toBe(ids[0]);
        expect(path.steps.at(-1)?.to.id).toBe(to);
        for (const [i, step] of path.steps.entries()) {
          if (i > 0) expect(step.from.id).toBe(path.steps[i - 1]?.to.id);
          const [s, o] = step.forward ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
          expect({ step: step.text, exists: await relationshipExists(s, step.type, o) }).toEqual({
            step: step.text,
            exists: true,
          });
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThan(10);
  });

  it("finds paths exactly as short as Neo4j's SHORTEST 1 where no cap applies", async () => {
    const ids = await sampleIds();
    const compared: [string, string, number | null, number | null][] = [];
    for (const [i, from] of ids.entries()) {
      for (const to of ids.slice(i + 1)) {
        const result = await ask(from, to, 'shortest');
        const ours = result.hubsAvoided ? (result.paths[0]?.length ?? null) : null;
        compared.push([from, to, ours, await neo4jShortest(from, to)]);
      }
    }
    expect(compared.filter(([, , ours]) => ours !== null).length).toBeGreaterThan(5);
    expect(compared.filter(([, , ours, theirs]) => ours !== theirs)).toEqual([]);
  });

  it('gives every path of the shortest length in all-shortest mode, each once', async () => {
    const result = await ask('org:mea-india', 'org:mofcom', 'all-shortest');
    const lengths = new Set(result.paths.map((p) => p.length));
    expect(lengths.size).toBe(1);
    expect(new Set(result.paths.map((p) => p.text)).size).toBe(result.paths.length);
  });
});
