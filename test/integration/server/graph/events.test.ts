// Timeline and event chains on the real Neo4j: the window's endDate branch,
// and chains whose reach is capped but whose answer, under the caps, is what
// a full expansion finds.
import { describe, expect, it } from 'vitest';
import { ChainQuery, TimelineQuery } from '../../../../contract/index.js';
import { chainCaps, eventChain, timeline } from '../../../../server/graph/events.js';
import { useSeedGraph } from '../../../support/seed-graph.js';

const graph = useSeedGraph();
const STANDOFF = 'event:2020-05-eastern-ladakh-standoff';
const LICENCES = 'event:2025-10-china-licences-indian-firms';

describe('timeline window', () => {
  const ids = async (raw: Record<string, string>) =>
    (await timeline(graph.ctx, TimelineQuery.parse(raw))).events.map((e) => e.id);

  it('includes an event that began before the window and ends inside it (endDate)', async () => {
    expect(await ids({ from: '2024-06-01', to: '2024-12-31' })).toContain(STANDOFF);
  });

  it('keeps an event whose month-precision end is the month the window starts in', async () => {
    // The standoff ends in October 2024, stored as 2024-10-01 with month precision.
    expect(await ids({ from: '2024-10-15', to: '2024-12-31' })).toContain(STANDOFF);
  });

  it('leaves out an event that ended before the window', async () => {
    expect(await ids({ from: '2024-11-01', to: '2024-12-31' })).not.toContain(STANDOFF);
  });
});

describe('timeline pages', () => {
  const page = (raw: Record<string, string>) => timeline(graph.ctx, TimelineQuery.parse(raw));
  /** Every page of a window, following `next` (bounded: at most 500 pages). */
  async function walk(raw: Record<string, string>) {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 500; i++) {
      const t = await page({ ...raw, ...(after ? { after } : {}) });
      seen.push(...t.events.map((e) => e.id));
      if (!t.next) return seen;
      after = t.next;
    }
    throw new Error('more than 500 pages');
  }

  it('returns every event of the timeline exactly once and in order when paged by the cursor', async () => {
    const whole = (await page({ limit: '500' })).events.map((e) => e.id);
    expect(whole.length).toBeGreaterThan(10);
    expect(await walk({ limit: '10' })).toEqual(whole);
  });

  it('pages a window with events begun before it, each once, as one page of the window lists them', async () => {
    const window = { from: '2024-06-01', to: '2025-12-31' };
    const whole = (await page({ ...window, limit: '500' })).events.map((e) => e.id);
    expect(whole).toContain(STANDOFF);
    expect(await walk({ ...window, limit: '5' })).toEqual(whole);
  });

  it('says a page is the last (next null) when no event follows it', async () => {
    const all = await page({ limit: '500' });
    expect(all.next).toBeNull();
    const first = await page({ limit: String(all.events.length - 1) });
    expect(first.next).not.toBeNull();
    expect((await page({ limit: '500', after: first.next ?? '' })).events).toHaveLength(1);
  });
});

describe('eventChain', () => {
  const chainTypes = () => graph.ctx.profile.chainTypes;

  it('finds the causes a full variable-length expansion finds', async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (x:Event)-[rs*1..8]->(root:Event {id: $id})
       WHERE all(r IN rs WHERE type(r) IN $types)
       RETURN collect(DISTINCT x.id) AS ids`,
      { id: LICENCES, types: chainTypes() },
    );
    const want = (records[0]?.get('ids') as string[]).sort();
    const chain = await eventChain(
      graph.ctx,
      LICENCES,
      ChainQuery.parse({ direction: 'causes', depth: '8' }),
    );
    const causes = chain.events.filter((e) => e.position === 'cause').map((e) => e.id);
    expect(want.length).toBeGreaterThan(1);
    expect(causes.sort()).toEqual(want);
  });

  it('keeps at most the reach cap of causes, each a real cause', async () => {
    const q = ChainQuery.parse({ direction: 'causes', depth: '8' });
    const full = await eventChain(graph.ctx, LICENCES, q);
    const capped = await eventChain(graph.ctx, LICENCES, q, { ...chainCaps, reach: 1 });
    const causes = capped.events.filter((e) => e.position === 'cause');
    expect(causes).toHaveLength(1);
    expect(full.events.map((e) => e.id)).toContain(causes[0]?.id);
  });

  it("names each event's participants as a full expansion does", async () => {
    const chain = await eventChain(graph.ctx, LICENCES, ChainQuery.parse({ direction: 'causes' }));
    const p = graph.ctx.profile;
    for (const event of chain.events) {
      const { records } = await graph.driver.executeQuery(
        `MATCH (e:Event {id: $id})-[r]-(x)
         WHERE type(r) <> $prov AND NOT type(r) IN $types AND NOT x:Event AND NOT x:${p.sourceLabel}
         RETURN collect(DISTINCT x.id + ' ' + type(r)) AS ids`,
        { id: event.id, prov: p.provenanceType, types: chainTypes() },
      );
      const want = (records[0]?.get('ids') as string[]).sort();
      expect(event.participants.map((x) => `${x.id} ${x.role}`).sort()).toEqual(want);
    }
  });

  it("keeps each source's evidence (quote, note, paragraph) apart", async () => {
    const chain = await eventChain(graph.ctx, LICENCES, ChainQuery.parse({ direction: 'causes' }));
    const refs = chain.events.flatMap((e) => e.sources);
    expect(refs.length).toBeGreaterThan(0);
    expect(
      refs.some((r) => r.locator.paragraph !== null || r.note !== null || r.quote !== null),
    ).toBe(true);
    expect(refs.every((r) => r.outlet === null || typeof r.outlet === 'string')).toBe(true);
  });
});
