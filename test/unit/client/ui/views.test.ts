// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { specOf } from '../../../../client/src/state/graph-model.js';
import { emptySpec } from '../../../../client/src/state/url-state.js';
import { savedGraph } from '../../../../client/src/ui/views.js';

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
