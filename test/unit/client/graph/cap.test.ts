import { describe, expect, it } from 'vitest';
import {
  chooseDrawn,
  DRAW_CAP,
  type CapEdge,
  type CapNode,
} from '../../../../client/src/graph/cap.js';

/** A star around `hub` with `leaves` leaves, plus a chain of `chain` nodes hanging off leaf 0. */
function graph(leaves: number, chain = 0): { nodes: CapNode[]; edges: CapEdge[] } {
  const nodes: CapNode[] = [{ id: 'hub' }];
  const edges: CapEdge[] = [];
  for (let i = 0; i < leaves; i++) {
    nodes.push({ id: `leaf${i}` });
    edges.push({ id: `e${i}`, source: 'hub', target: `leaf${i}` });
  }
  let previous = 'leaf0';
  for (let i = 0; i < chain; i++) {
    nodes.push({ id: `c${i}` });
    edges.push({ id: `ce${i}`, source: previous, target: `c${i}` });
    previous = `c${i}`;
  }
  return { nodes, edges };
}

describe('chooseDrawn', () => {
  it('draws everything up to the cap', () => {
    const g = graph(10);
    const c = chooseDrawn(g.nodes, g.edges, new Set(), 21);
    expect(c.nodes.size).toBe(11);
    expect(c.edges.size).toBe(10);
    expect(c.left).toBe(0);
  });

  it('draws at most the cap, the best-connected first, and counts the rest', () => {
    const g = graph(10, 5); // 16 nodes, 15 edges
    const c = chooseDrawn(g.nodes, g.edges, new Set(), 9);
    expect(c.nodes.size + c.edges.size).toBeLessThanOrEqual(9);
    expect(c.nodes.has('hub')).toBe(true);
    expect(c.left).toBe(31 - c.nodes.size - c.edges.size);
  });

  it('never draws a relationship without both of its ends', () => {
    const g = graph(50, 50);
    const c = chooseDrawn(g.nodes, g.edges, new Set(), 40);
    for (const e of g.edges)
      if (c.edges.has(e.id)) {
        expect(c.nodes.has(e.source)).toBe(true);
        expect(c.nodes.has(e.target)).toBe(true);
      }
  });

  it('draws every relationship between drawn nodes', () => {
    const g = graph(30, 30);
    const c = chooseDrawn(g.nodes, g.edges, new Set(), 25);
    for (const e of g.edges)
      if (c.nodes.has(e.source) && c.nodes.has(e.target)) expect(c.edges.has(e.id)).toBe(true);
  });

  it('grows outward from what is drawn, so the drawn part hangs together', () => {
    const nodes: CapNode[] = [];
    const edges: CapEdge[] = [];
    for (const p of ['a', 'b'])
      for (let i = 0; i < 20; i++) {
        nodes.push({ id: `${p}${i}` });
        if (i > 0) edges.push({ id: `${p}e${i}`, source: `${p}${i - 1}`, target: `${p}${i}` });
      }
    const c = chooseDrawn(nodes, edges, new Set(), 9);
    // Five linked nodes of one chain and their four relationships, not nine scattered nodes.
    expect(c.nodes.size).toBe(5);
    expect(c.edges.size).toBe(4);
  });

  it('puts the selection and its neighbours before better-connected nodes', () => {
    const g = graph(20, 6);
    const c = chooseDrawn(g.nodes, g.edges, new Set(['c3']), 5);
    expect([...c.nodes].sort()).toEqual(['c2', 'c3', 'c4']);
    expect([...c.edges].sort()).toEqual(['ce3', 'ce4']);
  });

  it('takes a selected relationship’s ends as selected', () => {
    const g = graph(20, 6);
    const c = chooseDrawn(g.nodes, g.edges, new Set(['ce5']), 3);
    expect([...c.nodes].sort()).toEqual(['c4', 'c5']);
  });

  it('puts pinned nodes before better-connected ones, hidden ones after everything', () => {
    const g = graph(20, 3);
    const nodes = g.nodes.map((n) =>
      n.id === 'c2' ? { ...n, pinned: true } : n.id === 'hub' ? { ...n, hidden: true } : n,
    );
    const c = chooseDrawn(nodes, g.edges, new Set(), 2);
    expect(c.nodes.has('c2')).toBe(true);
    expect(c.nodes.has('hub')).toBe(false);
  });

  it('ignores relationships whose end is not held', () => {
    const c = chooseDrawn([{ id: 'a' }], [{ id: 'x', source: 'a', target: 'gone' }]);
    expect(c.edges.size).toBe(0);
    expect(c.left).toBe(0);
  });

  it('chooses the same part of the same graph every time', () => {
    const g = graph(100);
    const a = chooseDrawn(g.nodes, g.edges, new Set(), 50);
    const b = chooseDrawn([...g.nodes].reverse(), [...g.edges].reverse(), new Set(), 50);
    expect([...a.nodes].sort()).toEqual([...b.nodes].sort());
  });

  it('caps 20,000 elements at DRAW_CAP quickly', () => {
    const nodes: CapNode[] = [];
    const edges: CapEdge[] = [];
    for (let i = 0; i < 8_000; i++) nodes.push({ id: `n${i}` });
    for (let i = 0; i < 12_000; i++)
      edges.push({ id: `e${i}`, source: `n${i % 8_000}`, target: `n${(i * 7 + 1) % 8_000}` });
    const t0 = performance.now();
    const c = chooseDrawn(nodes, edges);
    // A guard against quadratic work, loose enough for a busy machine.
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(c.nodes.size + c.edges.size).toBeLessThanOrEqual(DRAW_CAP);
    expect(c.nodes.size + c.edges.size).toBeGreaterThan(DRAW_CAP - 10);
    expect(c.left).toBe(20_000 - c.nodes.size - c.edges.size);
  });
});
