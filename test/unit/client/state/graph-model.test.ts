import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  EMPTY_GRAPH,
  addGraph,
  addQueryResult,
  collapse,
  expand,
  expandedIds,
  hide,
  pin,
  show,
  toGraph,
  unpin,
  type LoadedGraph,
} from '../../../../client/src/state/graph-model.js';
import { diffGraph, isEmptyDiff } from '../../../../client/src/state/graph-diff.js';

const node = (id: string) => ({ id, labels: ['Thing'], name: id, properties: {} });
const edge = (source: string, target: string) => ({
  id: `${source}>${target}`,
  source,
  target,
  type: 'LINKS',
  properties: {},
});
const graph = (ids: string[], links: [string, string][] = []): Graph => ({
  nodes: ids.map(node),
  edges: links.map(([a, b]) => edge(a, b)),
});

const start = addGraph(EMPTY_GRAPH, graph(['a', 'b'], [['a', 'b']]), 'overview');

describe('the loaded graph', () => {
  it('records which origin brought each element', () => {
    const s = expand(start, 'a', graph(['a', 'c'], [['a', 'c']]));
    expect(s.origins['c']).toEqual(['expand:a']);
    expect(s.origins['a']).toEqual(['overview', 'expand:a']);
    expect(expandedIds(s)).toEqual(['a']);
  });

  it('leaves out an edge whose end is not loaded', () => {
    const s = addGraph(start, graph(['c'], [['c', 'zzz']]), 'link');
    expect(Object.keys(s.edges)).toEqual(['a>b']);
  });

  it('adds the relationships among a query result’s nodes with them', () => {
    const s = addQueryResult(start, 'MATCH (n) RETURN n', graph(['c', 'd'], [['c', 'd']]));
    expect(toGraph(s).edges.map((e) => e.id)).toEqual(['a>b', 'c>d']);
    expect(s.origins['c>d']).toEqual(['query:MATCH (n) RETURN n']);
  });

  it('collapses an expansion, keeping what another origin also brought', () => {
    const s = expand(start, 'a', graph(['a', 'b', 'c'], [['a', 'c']]));
    const c = collapse(s, 'a');
    expect(Object.keys(c.nodes).sort()).toEqual(['a', 'b']);
    expect(Object.keys(c.edges)).toEqual(['a>b']);
    expect(expandedIds(c)).toEqual([]);
  });

  it('keeps a pinned node when its expansion is collapsed', () => {
    const s = pin(expand(start, 'a', graph(['c'], [['a', 'c']])), 'c', { x: 5, y: 6 });
    expect(Object.keys(collapse(s, 'a').nodes)).toContain('c');
  });

  it('returns the same state for an action that changes nothing', () => {
    expect(addGraph(start, graph(['a']), 'overview')).toBe(start);
    expect(hide(start, ['nope'])).toBe(start);
    expect(show(start, ['a'])).toBe(start);
    expect(unpin(start, 'a')).toBe(start);
    expect(collapse(start, 'a')).toBe(start);
    const p = pin(start, 'a', { x: 1, y: 2 });
    expect(pin(p, 'a', { x: 1, y: 2 })).toBe(p);
  });

  it('hides and shows by hand, and forgets a hidden node that leaves', () => {
    const s = hide(expand(start, 'a', graph(['c'], [['a', 'c']])), ['c', 'b']);
    expect(s.hidden).toEqual(['c', 'b']);
    expect(show(s, ['b']).hidden).toEqual(['c']);
    expect(show(s).hidden).toEqual([]);
    expect(collapse(s, 'a').hidden).toEqual(['b']);
  });

  it('pins only loaded nodes, with their place', () => {
    expect(pin(start, 'zzz', { x: 0, y: 0 })).toBe(start);
    expect(pin(start, 'a', { x: 3, y: 4 }).pins).toEqual({ a: { x: 3, y: 4 } });
  });
});

describe('the diff the canvas binding applies', () => {
  it('says what to add, remove, hide, show, pin and unpin', () => {
    const prev = hide(pin(start, 'a', { x: 1, y: 1 }), ['b']);
    const next = pin(unpin(show(expand(prev, 'a', graph(['c'], [['a', 'c']]))), 'a'), 'c', {
      x: 2,
      y: 2,
    });
    const d = diffGraph(prev, next);
    expect(d.add.nodes.map((n) => n.id)).toEqual(['c']);
    expect(d.add.edges.map((e) => e.id)).toEqual(['a>c']);
    expect(d.show).toEqual(['b']);
    expect(d.unpin).toEqual(['a']);
    expect(d.pin).toEqual({ c: { x: 2, y: 2 } });
    expect(diffGraph(next, prev).remove.sort()).toEqual(['a>c', 'c']);
  });

  // Any sequence of actions: the diff from the first state to the last, applied
  // to the first, gives the last's elements, hidden nodes and pins.
  it('takes any state to any other', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('expand' as const),
        id: fc.constantFrom(...ids),
        add: fc.subarray(ids),
      }),
      fc.record({ kind: fc.constant('collapse' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('hide' as const), ids: fc.subarray(ids) }),
      fc.record({ kind: fc.constant('show' as const), ids: fc.subarray(ids) }),
      fc.record({
        kind: fc.constant('pin' as const),
        id: fc.constantFrom(...ids),
        x: fc.integer({ min: -500, max: 500 }),
      }),
      fc.record({ kind: fc.constant('unpin' as const), id: fc.constantFrom(...ids) }),
    );
    type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
    const run = (s: LoadedGraph, a: Step): LoadedGraph => {
      switch (a.kind) {
        case 'expand':
          return expand(
            s,
            a.id,
            graph(
              [a.id, ...a.add],
              a.add.map((b) => [a.id, b] as [string, string]),
            ),
          );
        case 'collapse':
          return collapse(s, a.id);
        case 'hide':
          return hide(s, a.ids);
        case 'show':
          return show(s, a.ids);
        case 'pin':
          return pin(s, a.id, { x: a.x, y: -a.x });
        case 'unpin':
          return unpin(s, a.id);
      }
    };
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 12 }),
        fc.array(step, { maxLength: 12 }),
        (xs, ys) => {
          const from = xs.reduce(run, start);
          const to = ys.reduce(run, from);
          const d = diffGraph(from, to);
          const drawn = new Set([...Object.keys(from.nodes), ...Object.keys(from.edges)]);
          for (const id of d.remove) drawn.delete(id);
          for (const e of [...d.add.nodes, ...d.add.edges]) drawn.add(e.id);
          expect([...drawn].sort()).toEqual(
            [...Object.keys(to.nodes), ...Object.keys(to.edges)].sort(),
          );
          const hidden = new Set(from.hidden.filter((id) => to.nodes[id]));
          for (const id of d.show) hidden.delete(id);
          for (const id of d.hide) hidden.add(id);
          expect([...hidden].sort()).toEqual([...to.hidden].sort());
          const pins = Object.fromEntries(Object.entries(from.pins).filter(([id]) => to.nodes[id]));
          for (const id of d.unpin) delete pins[id];
          Object.assign(pins, d.pin);
          expect(pins).toEqual(to.pins);
          expect(isEmptyDiff(diffGraph(to, to))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
