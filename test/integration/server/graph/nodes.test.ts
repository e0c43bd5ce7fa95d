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

  it('keeps only the links the walk followed between dense nodes, and says the links were cut', async () => {
    const q = query({ depth: '2', limit: '60' });
    const edgeIds = (g: Awaited<ReturnType<typeof neighbors>>) =>
      g.graph.edges.map((e) => e.id).sort();
    const sparse = await neighbors(graph.ctx, 'country:china', q);
    const dense = await neighbors(graph.ctx, 'country:china', q, { ...expandCaps, dense: 0 });
    expect(sparse.graph.edges.length).toBeGreaterThan(10);
    const all = new Set(edgeIds(sparse));
    // The first hop's links the walk followed, each one among those found in full.
    expect(dense.graph.edges.length).toBeGreaterThan(0);
    for (const e of edgeIds(dense)) expect(all.has(e)).toBe(true);
    expect(dense.capped).toBe(true);
  });

  it('says a neighbourhood was capped when a hop reached its cap, and not when nothing was cut', async () => {
    const whole = await neighbors(graph.ctx, 'person:randhir-jaiswal', query({ limit: '500' }));
    expect(whole.capped).toBe(false);
    const cut = await neighbors(graph.ctx, 'country:china', query({ limit: '500' }), {
      ...expandCaps,
      read: 3,
    });
    expect(cut.capped).toBe(true);
  });

  it('says a depth-2 neighbourhood was capped when the frontier cap cut the first hop', async () => {
    const q = query({ depth: '2', limit: '500' });
    const narrow = await neighbors(graph.ctx, 'person:randhir-jaiswal', q, {
      ...expandCaps,
      frontier: 1,
    });
    expect(narrow.capped).toBe(true);
  });
});

describe('neighbors total', () => {
  const query = (raw: Record<string, string>) => NeighborsQuery.parse(raw);

  it('counts every link from the degree store when one unfiltered hop reaches the scan cap', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (c {id: 'country:china'})-[r]-() WHERE type(r) <> $prov RETURN count(r) AS links`,
      { prov: graph.ctx.profile.provenanceType },
    );
    const links = Number(records[0]?.get('links'));
    const capped = await neighbors(graph.ctx, 'country:china', query({ limit: '2' }), {
      ...expandCaps,
      scan: 3,
    });
    expect(links).toBeGreaterThan(3);
    expect(capped.total).toBe(links);
    expect(capped.omitted).toBe(links - 2);
  });

  it('counts distinct neighbours when the cap does not bite', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (c {id: 'person:randhir-jaiswal'})-[r]-(m) WHERE type(r) <> $prov
       RETURN count(DISTINCT m) AS n`,
      { prov: graph.ctx.profile.provenanceType },
    );
    const got = await neighbors(graph.ctx, 'person:randhir-jaiswal', query({ limit: '500' }));
    expect(got.total).toBe(Number(records[0]?.get('n')));
  });
});

describe('neighbors filters inside the caps', () => {
  const query = (raw: Record<string, string>) => NeighborsQuery.parse(raw);
  const china = 'country:china';

  /** Ids of china's neighbours (provenance aside) that pass `where`, by a full expansion. */
  async function expected(where: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const { records } = await graph.driver.executeQuery(
      `MATCH (c {id: $id})-[r]-(m) WHERE m <> c AND type(r) <> $prov AND ${where}
       RETURN collect(DISTINCT m.id) AS ids`,
      { id: china, prov: graph.ctx.profile.provenanceType, ...params },
    );
    return (records[0]?.get('ids') as string[]).sort();
  }

  /** The label fewest of china's neighbours carry, and how many carry it. */
  async function rarestLabel(): Promise<string> {
    const { records } = await graph.driver.executeQuery(
      `MATCH (c {id: $id})-[r]-(m) WHERE m <> c AND type(r) <> $prov
       WITH DISTINCT m UNWIND labels(m) AS label
       RETURN label, count(*) AS n ORDER BY n, label LIMIT 1`,
      { id: china, prov: graph.ctx.profile.provenanceType },
    );
    return String(records[0]?.get('label'));
  }

  it('finds every neighbour with the label asked for, as a full expansion does', async () => {
    const label = await rarestLabel();
    const want = await expected('$label IN labels(m)', { label });
    const got = await neighbors(graph.ctx, china, query({ labels: label, limit: '500' }));
    expect(want.length).toBeGreaterThan(0);
    expect(
      got.graph.nodes
        .map((n) => n.id)
        .filter((id) => id !== china)
        .sort(),
    ).toEqual(want);
    expect(got.total).toBe(want.length);
  });

  it('applies the label filter before the scan cap, so a small cap still finds labelled neighbours', async () => {
    const label = await rarestLabel();
    const want = await expected('$label IN labels(m)', { label });
    const capped = await neighbors(graph.ctx, china, query({ labels: label, limit: '500' }), {
      ...expandCaps,
      scan: 1,
    });
    expect(capped.total).toBe(1);
    const [found] = capped.graph.nodes.filter((n) => n.id !== china);
    expect(want).toContain(found?.id);
  });

  it('keeps exactly the neighbours known by an as-of date on the reported clock', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (c {id: $id})-[r]-() WHERE r.firstReported IS NOT NULL
       WITH r.firstReported AS d ORDER BY d RETURN collect(d) AS ds`,
      { id: china },
    );
    const dates = records[0]?.get('ds') as { toString(): string }[];
    const asOf = String(dates[Math.floor(dates.length / 2)]);
    const want = await expected(
      `(r.firstReported IS NULL OR r.firstReported <= date($asOf))
       AND (coalesce(m.firstReported, m.date) IS NULL OR coalesce(m.firstReported, m.date) <= date($asOf))`,
      { asOf },
    );
    const all = await expected('true');
    const got = await neighbors(graph.ctx, china, query({ asOf, clock: 'reported', limit: '500' }));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    expect(
      got.graph.nodes
        .map((n) => n.id)
        .filter((id) => id !== china)
        .sort(),
    ).toEqual(want);
  });

  it("reads no more than the read cap of a node's links before an as-of filter", async () => {
    const asOf = '2100-01-01';
    const capped = await neighbors(
      graph.ctx,
      china,
      query({ asOf, clock: 'reported', limit: '500' }),
      { ...expandCaps, read: 4 },
    );
    expect(capped.total).toBeGreaterThan(0);
    expect(capped.total).toBeLessThanOrEqual(4);
  });
});
