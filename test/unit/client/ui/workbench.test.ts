// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { GraphNode, QueryResult } from '../../../../contract/index.js';
import type { ApiClient } from '../../../../client/src/api/client.js';
import { addGraph } from '../../../../client/src/state/graph-model.js';
import { dispatch } from '../../../../client/src/ui/graph-actions.js';
import { addToCanvas } from '../../../../client/src/ui/workbench.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';

const node = (id: string): GraphNode => ({ id, labels: ['Figure'], name: id, properties: {} });
const link = (source: string, target: string) => ({
  id: `${source}>${target}`,
  source,
  target,
  type: 'ABOUT',
  properties: {},
});

/** A query that returned two figures alone; the canvas holds India. */
function setup(fail = false) {
  const asked: string[][] = [];
  const api = {
    nodes: (ids: string[]) => {
      asked.push(ids);
      if (fail) return Promise.reject(new Error('busy'));
      return Promise.resolve({
        nodes: [],
        edges: [link('f1', 'india'), link('f1', 'f2')],
        missing: [],
      });
    },
  } as unknown as Partial<ApiClient>;
  const layouts: boolean[] = [];
  const canvas = fakeCanvas(
    { nodes: [node('india')], edges: [] },
    { layoutName: 'fcose', layout: (_n, incremental = false) => void layouts.push(incremental) },
  );
  const ctx = fakeExplorer({ api, canvas, state: { query: 'MATCH (f:Figure) RETURN f' } });
  dispatch(
    ctx.store,
    'load',
    (g) => addGraph(g, { nodes: [node('india')], edges: [] }, 'overview'),
    false,
  );
  const notices: string[] = [];
  ctx.bus.on('notice', (n) => notices.push(n.text));
  const result: QueryResult = {
    columns: ['f'],
    rows: [],
    graph: { nodes: [node('f1'), node('f2')], edges: [] },
    summary: { queryType: 'r', millis: 1, rows: 2, truncated: false, rowCap: 1000 },
  };
  return { ctx, asked, layouts, notices, result };
}

describe('addToCanvas', () => {
  it('adds the result with the relationships among it and to the canvas, asked in one request, as one step', async () => {
    const s = setup();
    await addToCanvas(s.ctx, s.result);
    expect(s.asked).toEqual([['f1', 'f2', 'india']]);
    const g = s.ctx.store.get().loaded;
    expect(Object.keys(g.present.edges).sort()).toEqual(['f1>f2', 'f1>india']);
    expect(g.present.origins['f1']).toEqual(['query:MATCH (f:Figure) RETURN f']);
    expect(g.names).toEqual(['addQueryResult']);
    expect(s.layouts).toEqual([true]);
    expect(s.notices).toEqual(['4 elements added to the canvas.']);
  });

  it('still adds the nodes when the relationships cannot be fetched', async () => {
    const s = setup(true);
    await addToCanvas(s.ctx, s.result);
    expect(Object.keys(s.ctx.store.get().loaded.present.nodes).sort()).toEqual([
      'f1',
      'f2',
      'india',
    ]);
    expect(s.notices).toEqual(['2 elements added to the canvas.']);
  });
});
