import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../../contract/index.js';
import {
  ModelBinding,
  type DrawTarget,
} from '../../../../../client/src/ui/canvas/model-binding.js';
import {
  EMPTY_GRAPH,
  addGraph,
  collapse,
  expand,
  hide,
  move,
  pin,
  placed,
} from '../../../../../client/src/state/graph-model.js';

/** A canvas that only records what it is asked to do. */
function fakeCanvas() {
  const calls: string[] = [];
  const target: DrawTarget = {
    add: (g: Graph, near?: string) => {
      const ids = [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];
      calls.push(`add ${ids.join(',')}${near ? ` near ${near}` : ''}`);
      return ids;
    },
    remove: (ids) => {
      calls.push(`remove ${[...ids].join(',')}`);
      return { nodes: [], edges: [] };
    },
    setHidden: (ids, on) => void calls.push(`${on ? 'hide' : 'show'} ${ids.join(',')}`),
    setPinned: (ids, on) => void calls.push(`${on ? 'pin' : 'unpin'} ${ids.join(',')}`),
    setPositions: (p) => void calls.push(`place ${Object.keys(p).join(',')}`),
    setMoved: (ids, on) => void calls.push(`${on ? 'moved' : 'unmoved'} ${ids.join(',')}`),
  };
  return { calls, target };
}

const node = (id: string) => ({ id, labels: ['Thing'], name: id, properties: {} });
const start = addGraph(EMPTY_GRAPH, { nodes: [node('a')], edges: [] }, 'overview');
const grown = expand(start, 'a', {
  nodes: [node('b')],
  edges: [{ id: 'a>b', source: 'a', target: 'b', type: 'T', properties: {} }],
});

describe('the canvas binding draws the loaded graph', () => {
  it('adds an expansion’s nodes near the node expanded, then the edges', () => {
    const { calls, target } = fakeCanvas();
    const b = new ModelBinding(target);
    b.draw(start);
    calls.length = 0;
    expect(b.draw(grown)).toEqual(['b', 'a>b']);
    expect(calls).toEqual(['add b near a', 'add a>b']);
  });

  it('does nothing for the same graph drawn twice', () => {
    const { calls, target } = fakeCanvas();
    const b = new ModelBinding(target);
    b.draw(grown);
    calls.length = 0;
    b.draw(grown);
    expect(calls).toEqual([]);
  });

  it('removes what a collapse takes away, hides by hand and pins in place', () => {
    const { calls, target } = fakeCanvas();
    const b = new ModelBinding(target);
    b.draw(grown);
    calls.length = 0;
    b.draw(pin(hide(grown, ['a']), 'b', { x: 1, y: 2 }));
    expect(calls).toEqual(['hide a', 'place b', 'pin b']);
    calls.length = 0;
    b.draw(collapse(grown, 'a'));
    expect(calls).toEqual(['remove b,a>b', 'show a']);
  });

  it('puts nodes back where an undone step found them, pinned ones too', () => {
    const { calls, target } = fakeCanvas();
    const b = new ModelBinding(target);
    b.draw({ ...grown, places: undefined });
    calls.length = 0;
    b.draw(placed(grown, { a: { x: 0, y: 0 } }));
    expect(calls).toEqual(['place a']);
    const pinned = pin(grown, 'b', { x: 1, y: 1 });
    b.draw(pinned);
    calls.length = 0;
    b.draw(placed(pinned, { a: { x: 5, y: 5 } }));
    expect(calls).toEqual(['place a']);
  });

  it('places a node moved by hand and marks it so layouts leave it; undone, unmarks it', () => {
    const { calls, target } = fakeCanvas();
    const b = new ModelBinding(target);
    b.draw(grown);
    calls.length = 0;
    b.draw(move(grown, 'b', { x: 7, y: 8 }));
    expect(calls).toEqual(['place b', 'moved b']);
    calls.length = 0;
    b.draw(placed(grown, { b: { x: 0, y: 0 } }));
    expect(calls).toEqual(['place b', 'unmoved b']);
  });
});
