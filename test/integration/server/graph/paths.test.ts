// Paths on the real Neo4j: the hubs, now found once per load rather than
// per request, are exactly the nodes whose degree (provenance aside) passes
// the threshold, and a path that avoids hubs passes none.
import { describe, expect, it } from 'vitest';
import { PathsQuery } from '../../../../contract/index.js';
import { FALLBACK_DEPTH, HUB_FLOOR, findPaths } from '../../../../server/graph/paths.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();

/** Degree without provenance links, counted by expanding every relationship. */
async function degreeOf(id: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n {id: $id})-[r]-() WHERE type(r) <> $prov RETURN count(r) AS d`,
    { id, prov: graph.ctx.profile.provenanceType },
  );
  return Number(records[0]?.get('d'));
}

const ask = (raw: Record<string, string>) => findPaths(graph.ctx, PathsQuery.parse(raw));

describe('findPaths hubs', () => {
  it('marks a step as a hub exactly when its node has more links than the threshold', async () => {
    const hubDegree = HUB_FLOOR;
    const result = await ask({
      from: 'person:randhir-jaiswal',
      to: 'company:hitachi',
      hubDegree: String(hubDegree),
      avoidHubs: 'false',
    });
    const steps = result.paths.flatMap((p) => p.steps);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect({ id: step.to.id, hub: step.hub }).toEqual({
        id: step.to.id,
        hub: (await degreeOf(step.to.id)) > hubDegree,
      });
    }
  });

  it('passes through no hub between the ends when it says hubs were avoided', async () => {
    let avoided = 0;
    for (const hubDegree of [10, 20, 35, 60]) {
      const result = await ask({
        from: 'person:randhir-jaiswal',
        to: 'company:hitachi',
        hubDegree: String(hubDegree),
      });
      if (!result.hubsAvoided) continue;
      avoided++;
      for (const step of result.paths.flatMap((p) => p.steps.slice(0, -1))) {
        expect(await degreeOf(step.to.id)).toBeLessThanOrEqual(hubDegree);
      }
    }
    expect(avoided).toBeGreaterThan(0);
  });

  it('gives the same hubs when asked twice (the second from the per-load cache)', async () => {
    const raw = { from: 'org:mea-india', to: 'org:mofcom', hubDegree: '12', avoidHubs: 'false' };
    const first = await ask(raw);
    const second = await ask(raw);
    expect(second.paths).toEqual(first.paths);
  });

  it('raises a threshold below the floor to the floor and says so', async () => {
    const result = await ask({
      from: 'person:randhir-jaiswal',
      to: 'company:hitachi',
      hubDegree: '1',
      avoidHubs: 'false',
    });
    expect(result.hubDegree).toBe(HUB_FLOOR);
    for (const step of result.paths.flatMap((p) => p.steps)) {
      expect(step.hub).toBe((await degreeOf(step.to.id)) > HUB_FLOOR);
    }
  });

  it('falls back to paths through hubs, at most FALLBACK_DEPTH steps, when no path avoids them', async () => {
    // A node whose every link (provenance aside) goes to a hub, and a node two steps away.
    const { records } = await graph.driver.executeQuery(
      `MATCH (a)-[r]-(h) WHERE type(r) <> $prov AND a.id IS NOT NULL
       WITH a, collect(DISTINCT h) AS hs
       WHERE all(h IN hs WHERE COUNT { (h)-[x]-() WHERE type(x) <> $prov } > $hub)
       WITH a, hs[0] AS h ORDER BY a.id LIMIT 1
       MATCH (h)-[r2]-(b) WHERE type(r2) <> $prov AND b <> a AND b.id IS NOT NULL
         AND NOT EXISTS { (a)--(b) }
       RETURN a.id AS a, b.id AS b ORDER BY b.id LIMIT 1`,
      { prov: graph.ctx.profile.provenanceType, hub: HUB_FLOOR },
    );
    const from = String(records[0]?.get('a'));
    const to = String(records[0]?.get('b'));
    const result = await ask({ from, to, hubDegree: String(HUB_FLOOR), maxDepth: '8' });
    expect(result.hubsAvoided).toBe(false);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths[0]?.length).toBe(2);
    expect(Math.max(...result.paths.map((p) => p.length))).toBeLessThanOrEqual(FALLBACK_DEPTH);
  });
});
