import { describe, expect, it } from 'vitest';
import { NeighborsQuery } from '../../../../contract/index.js';
import { expandCaps } from '../../../../server/graph/expand.js';
import { neighbors, nodeDetail } from '../../../../server/graph/nodes.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();

describe.each([
  ['reading the relationships of a sparse node', expandCaps.dense],
  ['the degree store of a dense node', 0],
])('nodeDetail degree from %s', (_how, dense) => {
  it.each(['country:china', 'country:india', 'org:mea-india', 'person:randhir-jaiswal'])(
    'counts %s relationships per type and direction as a full expansion does',
    async (id) => {
      const { records } = await graph.driver.executeQuery(
        `MATCH (n {id: $id})-[r]-(m)
         RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
                count(*) AS count`,
        { id },
      );
      const expected = records.map((r) => ({
        type: r.get('type') as string,
        direction: r.get('direction') as string,
        count: Number(r.get('count')),
      }));
      const detail = await nodeDetail(graph.ctx, id, dense);
      const order = (a: { type: string; direction: string }, b: typeof a) =>
        `${a.type}|${a.direction}`.localeCompare(`${b.type}|${b.direction}`);
      expect(expected.length).toBeGreaterThan(0);
      expect([...detail.degree].sort(order)).toEqual(expected.sort(order));
    },
  );
});

describe('neighbors caps', () => {
  const query = (raw: Record<string, string>) => NeighborsQuery.parse(raw);

  it('reads no more than the scan cap of a node with more neighbours than it', async () => {
    const full = await neighbors(graph.ctx, 'country:china', query({ limit: '500' }));
    expect(full.total).toBeGreaterThan(3);
    const capped = await neighbors(graph.ctx, 'country:china', query({ limit: '500' }), {
      ...expandCaps,
      scan: 3,
    });
    expect(capped.total).toBe(3);
    expect(capped.returned).toBe(3);
    const all = new Set(full.graph.nodes.map((n) => n.id));
    for (const n of capped.graph.nodes) expect(all.has(n.id)).toBe(true);
  });

  it('continues depth 2 from at most the frontier cap of first-hop nodes', async () => {
    const wide = await neighbors(
      graph.ctx,
      'person:randhir-jaiswal',
      query({ depth: '2', limit: '500' }),
    );
    const narrow = await neighbors(
      graph.ctx,
      'person:randhir-jaiswal',
      query({ depth: '2', limit: '500' }),
      { ...expandCaps, frontier: 1, perNode: 2 },
    );
    const depth1 = await neighbors(graph.ctx, 'person:randhir-jaiswal', query({ limit: '500' }));
    // One first-hop node continued, two of its neighbours at most.
    expect(narrow.total).toBeLessThanOrEqual(depth1.total + 2);
    expect(narrow.total).toBeLessThan(wide.total);
  });

  it('finds the same links among the neighbours when every node counts as dense (pairwise, no node with itself)', async () => {
    const q = query({ depth: '2', limit: '60' });
    const edgeIds = (g: Awaited<ReturnType<typeof neighbors>>) =>
      g.graph.edges.map((e) => e.id).sort();
    const sparse = await neighbors(graph.ctx, 'country:china', q);
    const dense = await neighbors(graph.ctx, 'country:china', q, { ...expandCaps, dense: 0 });
    expect(sparse.graph.edges.length).toBeGreaterThan(10);
    // The seed has no self-loops, so leaving dense nodes' loops out changes nothing here.
    expect(sparse.graph.edges.some((e) => e.source === e.target)).toBe(false);
    expect(edgeIds(dense)).toEqual(edgeIds(sparse));
  });
});
