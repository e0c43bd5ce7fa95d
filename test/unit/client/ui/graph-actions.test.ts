import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  EMPTY_GRAPH,
  addGraph,
  addQueryResult,
  collapse,
  expand,
  hide,
  move,
  pin,
  show,
  specOf,
  unpin,
  type LoadedGraph,
} from '../../../../client/src/state/graph-model.js';
import { initialState, Store } from '../../../../client/src/state/store.js';
import { emptyState, encodeState, readState } from '../../../../client/src/state/url-state.js';
import { dispatch } from '../../../../client/src/ui/graph-actions.js';

const node = (id: string) => ({ id, labels: ['Thing'], name: id, properties: {} });
const graph = (ids: string[]): Graph => ({
  nodes: ids.map(node),
  edges: ids.slice(1).map((b) => ({
    id: `${ids[0]}>${b}`,
    source: ids[0]!,
    target: b,
    type: 'T',
    properties: {},
  })),
});

// Ids as links carry them: separators and "~" included.
const ids = ['country:india', 'a,b', 'x~1~2', 'figure:q%1', 'é'];
const id = fc.constantFrom(...ids);
const step = fc.oneof(
  fc.record({ kind: fc.constant('expand' as const), id, add: fc.subarray(ids) }),
  fc.record({ kind: fc.constant('query' as const), add: fc.subarray(ids, { minLength: 1 }) }),
  fc.record({ kind: fc.constant('collapse' as const), id }),
  fc.record({ kind: fc.constant('hide' as const), ids: fc.subarray(ids) }),
  fc.record({ kind: fc.constant('show' as const), ids: fc.subarray(ids) }),
  fc.record({
    kind: fc.constant('pin' as const),
    id,
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.integer({ min: -3000, max: 3000 }),
  }),
  fc.record({ kind: fc.constant('unpin' as const), id }),
  // A drag let go: pinned or not, the node's place is kept.
  fc.record({
    kind: fc.constant('move' as const),
    id,
    x: fc.integer({ min: -3000, max: 3000 }),
    y: fc.integer({ min: -3000, max: 3000 }),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(s: LoadedGraph, a: Step): LoadedGraph {
  switch (a.kind) {
    case 'expand':
      return expand(s, a.id, graph([a.id, ...a.add]));
    case 'query':
      return addQueryResult(s, 'MATCH (n) RETURN n', graph(a.add));
    case 'collapse':
      return collapse(s, a.id);
    case 'hide':
      return hide(s, a.ids);
    case 'show':
      return show(s, a.ids);
    case 'pin':
      return pin(s, a.id, { x: a.x, y: a.y });
    case 'unpin':
      return unpin(s, a.id);
    case 'move':
      return move(s, a.id, { x: a.x, y: a.y });
  }
}

describe('a reachable loaded graph written to a link', () => {
  it('reads back with the same hidden nodes, pins and moved nodes with places and nodes panels added', () => {
    const start = addGraph(EMPTY_GRAPH, graph(['country:india']), 'overview');
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        const g = steps.reduce(run, start);
        const written = { ...emptyState(), ...specOf(g) };
        const back = readState(encodeState(written));
        expect(back.problems).toEqual([]);
        expect(new Set(back.state.hiddenNodes)).toEqual(new Set(g.hidden));
        expect(back.state.pinnedAt).toEqual(g.pins);
        expect(back.state.movedAt).toEqual(g.moved);
        expect(new Set(back.state.pinned)).toEqual(new Set(Object.keys(g.pins)));
        // What only a query brought is named; the overview and expansions rebuild the rest.
        const added = Object.keys(g.nodes).filter((n) =>
          (g.origins[n] ?? []).every((o) => o.startsWith('query:')),
        );
        expect(new Set(back.state.added)).toEqual(new Set(added));
      }),
      { numRuns: 300 },
    );
  });
});

describe('dispatch', () => {
  it('records a named action that changed the graph as one undo step', () => {
    const store = new Store(initialState());
    dispatch(store, 'hide', (g) => addGraph(g, graph(['a']), 'overview'));
    expect(store.get().loaded.past).toHaveLength(1);
    expect(store.get().loaded.names).toEqual(['hide']);
  });

  it('records nothing for an action that changed nothing', () => {
    const store = new Store(initialState());
    dispatch(store, 'hide', (g) => hide(g, ['absent']));
    expect(store.get().loaded.past).toHaveLength(0);
  });
});
