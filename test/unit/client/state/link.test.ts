// A link is the view: any state the explorer can reach by its named actions
// and its panels' writes, written to a link and read back, names the same
// view (the graph's expansions, additions, hidden nodes, pins and moved
// nodes with places,
// the filters, the style rules, the layout, the open panel, the chain
// panel's event and the paths panel's two ends), whether the
// link is a query string or, past MAX_QUERY, a compressed fragment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import { LAYOUT_NAMES } from '../../../../client/src/graph/layouts.js';
import { METRICS, propertyRule } from '../../../../client/src/graph/style-rules.js';
import { MAX_QUERY, readLink, writeLink } from '../../../../client/src/state/link.js';
import {
  addGraph,
  addQueryResult,
  collapse,
  expand,
  hide,
  move,
  pin,
  show,
  unpin,
} from '../../../../client/src/state/graph-model.js';
import {
  initialState,
  PANELS,
  Store,
  viewOf,
  type ExplorerState,
} from '../../../../client/src/state/store.js';
import { dispatch } from '../../../../client/src/ui/graph-actions.js';

// Ids as links carry them: separators, "~", "%" and letters beyond ASCII.
const ID_POOL = ['country:india', 'a,b', 'x~1~2', 'figure:q%1', 'é', 'org:mea-india', '中国'];
const id = fc.constantFrom(...ID_POOL);
const node = (n: string) => ({ id: n, labels: ['Thing'], name: n, properties: {} });
const star = (centre: string, ids: string[]): Graph => ({
  nodes: [centre, ...ids].map(node),
  edges: ids.map((b) => ({
    id: `${centre}>${b}`,
    source: centre,
    target: b,
    type: 'T',
    properties: {},
  })),
});
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10, unit: 'grapheme' }), {
  maxLength: 3,
});

/** One thing a person can do: a named action on the graph or a panel's write to the store. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('expand' as const), id, add: fc.subarray(ID_POOL) }),
  fc.record({ kind: fc.constant('query' as const), add: fc.subarray(ID_POOL, { minLength: 1 }) }),
  fc.record({ kind: fc.constant('collapse' as const), id }),
  fc.record({ kind: fc.constant('hide' as const), ids: fc.subarray(ID_POOL) }),
  fc.record({ kind: fc.constant('show' as const), ids: fc.subarray(ID_POOL) }),
  fc.record({
    kind: fc.constant('pin' as const),
    id,
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({ kind: fc.constant('unpin' as const), id }),
  // A node dragged and let go, pinned or not.
  fc.record({
    kind: fc.constant('move' as const),
    id,
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({
    kind: fc.constant('patch' as const),
    patch: fc.record(
      {
        selected: fc.subarray(ID_POOL),
        hiddenLabels: names,
        hiddenTypes: names,
        statedOnly: fc.boolean(),
        dateFrom: fc.option(day, { nil: undefined }),
        asOf: fc.option(day, { nil: undefined }),
        clock: fc.constantFrom('happened' as const, 'reported' as const),
        layout: fc.constantFrom(...LAYOUT_NAMES),
        query: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
        sizeBy: fc.oneof(
          fc.constantFrom('none' as const, ...METRICS),
          fc.constant(propertyRule('value')),
        ),
        colourBy: fc.constantFrom('kind' as const, ...METRICS),
        caption: fc.option(fc.constantFrom('date', 'name'), { nil: undefined }),
        panel: fc.constantFrom(...PANELS),
        chainEvent: fc.option(id, { nil: undefined }),
        pathFrom: fc.option(id, { nil: undefined }),
        pathTo: fc.option(id, { nil: undefined }),
      },
      { requiredKeys: [] },
    ),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function take(store: Store<ExplorerState>, a: Step): void {
  switch (a.kind) {
    case 'expand':
      return dispatch(store, 'expand', (g) => expand(g, a.id, star(a.id, a.add)));
    case 'query':
      return dispatch(store, 'addQueryResult', (g) =>
        addQueryResult(g, 'MATCH (n) RETURN n', star(a.add[0]!, a.add.slice(1))),
      );
    case 'collapse':
      return dispatch(store, 'collapse', (g) => collapse(g, a.id));
    case 'hide':
      return dispatch(store, 'hide', (g) => hide(g, a.ids));
    case 'show':
      return dispatch(store, 'show', (g) => show(g, a.ids));
    case 'pin':
      return dispatch(store, 'pin', (g) => pin(g, a.id, { x: a.x, y: a.y }));
    case 'unpin':
      return dispatch(store, 'unpin', (g) => unpin(g, a.id));
    case 'move':
      return dispatch(store, 'move', (g) => move(g, a.id, { x: a.x, y: a.y }));
    case 'patch':
      return store.update(a.patch);
  }
}

/** A state reached from a loaded first view by the steps. */
function reached(steps: Step[]): ExplorerState {
  const store = new Store<ExplorerState>({ ...initialState(), opening: undefined });
  dispatch(store, 'load', (g) => addGraph(g, star('country:india', []), 'overview'), false);
  for (const s of steps) take(store, s);
  return store.get();
}

/** Splits what writeLink gives into the address's query and fragment. */
const address = (link: string) =>
  link.startsWith('#') ? { search: '', hash: link } : { search: link, hash: '' };

describe('a reachable state written to a link', () => {
  it.each([
    ['a query string', MAX_QUERY],
    ['a compressed fragment', 0],
  ])('reads back as the same view through %s', (_, max) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const view = viewOf(reached(steps));
        const { search, hash } = address(writeLink(view, max));
        const back = readLink(search, hash);
        expect(back.problems).toEqual([]);
        // What only this page holds stays out: the model's history, Draw all, Select area.
        const expected: Record<string, unknown> = { ...view };
        for (const k of ['loaded', 'opening', 'drawAll', 'selectArea']) delete expected[k];
        expect(back.state).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('writeLink', () => {
  it('compresses a link longer than MAX_QUERY into the fragment, much shorter', () => {
    const many = Array.from({ length: 300 }, (_, i) => `event:2025-10-some-long-event-id-${i}`);
    const view = { ...viewOf(reached([])), selected: many };
    const link = writeLink(view);
    expect(link.startsWith('#z=')).toBe(true);
    expect(link.length).toBeLessThan(writeLink(view, Infinity).length / 3);
  });

  it('keeps a short view a plain, readable query string', () => {
    expect(writeLink({ ...viewOf(reached([])), selected: ['country:india'] })).toBe(
      '?sel=country%3Aindia&v=2',
    );
  });
});

describe('the panels’ subjects in a link', () => {
  it('a chain panel’s event and a path’s two ends come back from the address', () => {
    const view = {
      ...viewOf(reached([])),
      panel: 'paths' as const,
      chainEvent: 'event:2025-04-04-controls',
      pathFrom: 'country:india',
      pathTo: 'country:china',
    };
    const back = readLink(writeLink(view)).state;
    expect([back.chainEvent, back.pathFrom, back.pathTo]).toEqual([
      'event:2025-04-04-controls',
      'country:india',
      'country:china',
    ]);
  });
});

describe('readLink', () => {
  it('names a fragment it cannot read and falls back to the query', () => {
    const back = readLink('?sel=a&v=2', '#z=%%%not-compressed');
    expect(back.state.selected).toEqual(['a']);
    expect(back.problems).toEqual(['a shortened link that could not be read']);
  });
});
