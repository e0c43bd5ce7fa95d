import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../../contract/index.js';
import type { ApiClient } from '../../../../client/src/api/client.js';
import { CAPPED_NOTE, Expander, PAGE } from '../../../../client/src/ui/expand.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';

const node = (id: string): GraphNode => ({ id, labels: ['Country'], name: id, properties: {} });
const star = (centre: string, n: number, from = 0): Graph => ({
  nodes: Array.from({ length: n }, (_, i) => node(`${centre}-${from + i}`)),
  edges: Array.from({ length: n }, (_, i) => ({
    id: `${centre}-e${from + i}`,
    source: centre,
    target: `${centre}-${from + i}`,
    type: 'NEAR',
    properties: {},
  })),
});

/** An expander whose API has `total` neighbours of every node, served a page at a time. */
function setup(total = 3, fail = false, capped = false) {
  const asked: { skip?: number }[] = [];
  const api = {
    neighbors: (id: string, o: { skip?: number; limit?: number } = {}) => {
      asked.push(o);
      if (fail) return Promise.reject(new Error('the server is busy'));
      const skip = o.skip ?? 0;
      const returned = Math.max(0, Math.min(o.limit ?? PAGE, total - skip));
      return Promise.resolve({ graph: star(id, returned, skip), returned, total, capped });
    },
  } as unknown as Partial<ApiClient>;
  const layouts: string[] = [];
  const omitted: [string, number][] = [];
  const canvas = fakeCanvas(
    { nodes: [node('a')], edges: [] },
    {
      layoutName: 'fcose',
      layout: (name = 'fcose') => void layouts.push(name),
      setOmitted: (id: string, more: number) => void omitted.push([id, more]),
      positions: () => new Map([['a', { x: 5, y: 6 }]]),
    },
  );
  const ctx = fakeExplorer({ api, canvas });
  const notices: string[] = [];
  ctx.bus.on('notice', (n) => notices.push(n.text));
  const x = new Expander(ctx);
  x.load({ nodes: [node('a')], edges: [] }, 'overview');
  x.settle();
  const loaded = () => Object.keys(ctx.store.get().loaded.present.nodes).sort();
  return { x, ctx, asked, layouts, omitted, notices, loaded };
}

describe('Expander', () => {
  it('expanding brings the neighbours in as one step, lays them out and says how many', async () => {
    const s = setup(2);
    expect(await s.x.expand('a')).toBe(4);
    expect(s.loaded()).toEqual(['a', 'a-0', 'a-1']);
    expect(s.layouts).toEqual(['fcose']);
    expect(s.notices).toEqual(['4 new elements around a.']);
    s.x.doUndo();
    expect(s.loaded()).toEqual(['a']);
  });

  it('a capped expansion says how many more, and expanding again fetches the next page', async () => {
    const s = setup(PAGE + 3);
    await s.x.expand('a');
    expect(s.omitted).toEqual([['a', 3]]);
    expect(s.notices[0]).toContain('3 more');
    await s.x.expand('a');
    expect(s.asked.map((o) => o.skip)).toEqual([0, PAGE]);
    expect(s.loaded()).toHaveLength(PAGE + 4);
  });

  it('an answer the server cut between dense nodes says so in the notice; an uncut one does not', async () => {
    const cut = setup(2, false, true);
    await cut.x.expand('a');
    expect(cut.notices).toEqual([`4 new elements around a.${CAPPED_NOTE}`]);
    const whole = setup(2);
    await whole.x.expand('a');
    expect(whole.notices[0]).not.toContain(CAPPED_NOTE.trim());
  });

  it('a failed expansion is a notice, not an error, and changes nothing', async () => {
    const s = setup(2, true);
    expect(await s.x.expand('a')).toBe(0);
    expect(s.notices).toEqual(['Could not expand: the server is busy']);
    expect(s.x.undo.canUndo).toBe(false);
  });

  it('hide is one step that undo takes back and redo does again', () => {
    const s = setup();
    s.x.hide(['a']);
    expect(s.ctx.store.get().loaded.present.hidden).toEqual(['a']);
    s.x.doUndo();
    expect(s.ctx.store.get().loaded.present.hidden).toEqual([]);
    s.x.doRedo();
    expect(s.ctx.store.get().loaded.present.hidden).toEqual(['a']);
  });

  it('pinning pins a node where the canvas has it; pinning again unpins', () => {
    const s = setup();
    s.x.togglePin('a');
    expect(s.ctx.store.get().loaded.present.pins).toEqual({ a: { x: 5, y: 6 } });
    s.x.togglePin('a');
    expect(s.ctx.store.get().loaded.present.pins).toEqual({});
  });

  it('a drag let go is one step: the place is kept, and undo puts the node back where it was picked up', () => {
    const s = setup();
    s.x.moved([{ id: 'a', at: { x: 300, y: 40 }, from: { x: 5, y: 6 } }]);
    expect(s.ctx.store.get().loaded.present.moved).toEqual({ a: { x: 300, y: 40 } });
    expect(s.ctx.store.get().loaded.names).toEqual(['move']);
    s.x.doUndo();
    const back = s.ctx.store.get().loaded.present;
    expect(back.moved).toEqual({});
    expect(back.places).toEqual({ a: { x: 5, y: 6 } });
    expect(s.x.undo.canUndo).toBe(false);
  });

  it('a group drag is one step: undo puts every node of it back where it was picked up', () => {
    const s = setup();
    s.x.load({ nodes: [node('a'), node('b')], edges: [] }, 'overview');
    s.x.moved([
      { id: 'a', at: { x: 300, y: 40 }, from: { x: 5, y: 6 } },
      { id: 'b', at: { x: 320, y: 60 }, from: { x: 7, y: 8 } },
    ]);
    expect(Object.keys(s.ctx.store.get().loaded.present.moved)).toEqual(['a', 'b']);
    expect(s.ctx.store.get().loaded.names).toEqual(['move']);
    s.x.doUndo();
    const back = s.ctx.store.get().loaded.present;
    expect(back.moved).toEqual({});
    expect(back.places).toEqual({ a: { x: 5, y: 6 }, b: { x: 7, y: 8 } });
  });

  it('a pinned node dragged stays pinned where it was let go', () => {
    const s = setup();
    s.x.togglePin('a');
    s.x.moved([{ id: 'a', at: { x: 9, y: 9 } }]);
    expect(s.ctx.store.get().loaded.present.pins).toEqual({ a: { x: 9, y: 9 } });
    expect(s.ctx.store.get().loaded.present.moved).toEqual({});
  });
});
