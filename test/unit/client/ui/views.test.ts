// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { specOf } from '../../../../client/src/state/graph-model.js';
import { emptySpec } from '../../../../client/src/state/url-state.js';
import type { ApiClient } from '../../../../client/src/api/client.js';
import type { ExplorerState } from '../../../../client/src/state/store.js';
import { Expander } from '../../../../client/src/ui/expand.js';
import type { Panels } from '../../../../client/src/ui/panels.js';
import { savedGraph, setupViews } from '../../../../client/src/ui/views.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';

const node = (id: string) => ({ id, labels: ['Thing'], name: id, properties: {} });
const view = {
  name: 'MEA view',
  graph: {
    nodes: ['a', 'b', 'c'].map(node),
    edges: [{ id: 'a>b', source: 'a', target: 'b', type: 'T', properties: {} }],
  },
  positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 }, c: { x: 5, y: 6 } },
};

describe('savedGraph', () => {
  it('gives back the link the view was saved with: expansions, additions, hidden, pins', () => {
    const spec = {
      ...emptySpec(),
      expanded: ['a'],
      added: ['c'],
      hiddenNodes: ['b'],
      pinned: ['a'],
      pinnedAt: { a: { x: 10, y: 20 } },
    };
    const { graph, missing } = savedGraph(view, spec);
    expect(specOf(graph)).toEqual(spec);
    expect(missing).toEqual([]);
  });

  it('puts every node where it stood when saved', () => {
    expect(savedGraph(view, emptySpec()).graph.places).toEqual(view.positions);
  });

  it('names what the link holds that the saved graph lacks', () => {
    expect(savedGraph(view, { ...emptySpec(), hiddenNodes: ['gone'] }).missing).toEqual(['gone']);
  });
});

describe('loading a link that names the Paths panel’s ends', () => {
  /** A view whose overview holds `a`; the API knows `far` as well. */
  function setup(state: Partial<ExplorerState>) {
    const asked: string[][] = [];
    const far = { ...node('far'), name: 'Far away port' };
    const api = {
      overview: () => Promise.resolve({ nodes: [node('a')], edges: [] }),
      nodes: (ids: string[]) => {
        asked.push(ids);
        return Promise.resolve({
          nodes: ids.includes('far') ? [far] : [],
          edges: [],
          missing: ids.filter((id) => id !== 'far'),
        });
      },
    } as unknown as Partial<ApiClient>;
    const canvas = fakeCanvas(
      { nodes: [], edges: [] },
      { layout: () => undefined, fit: () => undefined, has: () => false, layoutName: 'fcose' },
    );
    const ctx = fakeExplorer({ api, canvas, state });
    const names: Record<string, string>[] = [];
    ctx.bus.on('names', (n) => names.push(n));
    const parts = {
      filters: { render: () => undefined },
      details: { show: () => undefined },
    } as unknown as Pick<Panels, 'filters' | 'details'>;
    const states = { loading: () => undefined, loaded: () => undefined, failed: () => undefined };
    const views = setupViews(ctx, new Expander(ctx), parts, states, []);
    return { views, ctx, asked, names };
  }

  it('fetches an end not on the canvas in the one request, for its name only', async () => {
    const s = setup({ pathFrom: 'a', pathTo: 'far' });
    await s.views.load();
    expect(s.asked).toEqual([['far']]);
    expect(s.names).toEqual([{ a: 'a', far: 'Far away port' }]);
    expect(s.ctx.store.get().loaded.present.nodes['far']).toBeUndefined();
  });

  it('asks nothing when both ends are on the canvas, and still names them', async () => {
    const s = setup({ pathFrom: 'a' });
    await s.views.load();
    expect(s.asked).toEqual([]);
    expect(s.names).toEqual([{ a: 'a' }]);
  });
});
