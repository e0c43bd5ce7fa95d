// @vitest-environment happy-dom
// The main canvas on a headless Cytoscape (no container): what it hands
// panels as plain data, and the gestures it reports.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../../contract/index.js';
import { Canvas } from '../../../../client/src/ui/canvas.js';

const node = (id: string, props: Record<string, unknown> = {}): GraphNode => ({
  id,
  labels: ['Country'],
  name: `Name of ${id}`,
  properties: props,
});
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  type: 'NEAR',
  properties: {},
});
/** A hub h linked to a, b and c; a also linked to b. */
const graph: Graph = {
  nodes: ['h', 'a', 'b', 'c'].map((id) => node(id)),
  edges: [edge('h', 'a'), edge('h', 'b'), edge('h', 'c'), edge('a', 'b')],
};

function canvas() {
  const c = new Canvas(undefined);
  c.add(graph);
  return c;
}
/** Cytoscape itself, only to stand in for a person's gesture. */
const cyOf = (c: Canvas) => (c as unknown as { cy: Core }).cy;

describe('Canvas', () => {
  it('hands back what it draws as contract-shaped data, names included', () => {
    const c = canvas();
    expect(
      c
        .visibleGraph()
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'h']);
    expect(c.visibleGraph().edges).toHaveLength(4);
    expect(c.nameOf('a')).toBe('Name of a');
  });

  it('adding a graph again adds only what is new', () => {
    const c = canvas();
    expect(c.add({ nodes: [node('a'), node('d')], edges: [edge('a', 'd')] }).sort()).toEqual([
      'a-d',
      'd',
    ]);
  });

  it('the hub is the best-connected visible node; hidden nodes do not count', () => {
    const c = canvas();
    expect(c.hubId()).toBe('h');
    c.setHidden(['h'], true);
    expect(c.hubId()).not.toBe('h');
  });

  it('highlighting a path marks its elements and fades the rest', () => {
    const c = canvas();
    c.highlight(['h', 'a', 'h-a']);
    const cy = cyOf(c);
    expect(
      cy
        .$('.highlight')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'h', 'h-a']);
    expect(cy.getElementById('c').hasClass('faded')).toBe(true);
    c.highlight([]);
    expect(cy.$('.faded').length).toBe(0);
  });

  it('selects exactly the ids given', () => {
    const c = canvas();
    c.select(['a', 'b'], false);
    c.select(['c'], false);
    expect(c.selectedIds()).toEqual(['c']);
  });

  it('reports nodes let go together after a drag as one list, with where each now stands', async () => {
    const c = canvas();
    const reports: { id: string; at: { x: number; y: number } }[][] = [];
    c.onNodesDragged((moves) => reports.push(moves.map(({ id, at }) => ({ id, at }))));
    const [a, b] = [cyOf(c).getElementById('a'), cyOf(c).getElementById('b')];
    a.position({ x: 40, y: 50 });
    b.position({ x: 60, y: 70 });
    a.emit('dragfree');
    b.emit('dragfree');
    await Promise.resolve();
    expect(reports).toEqual([
      [
        { id: 'a', at: { x: 40, y: 50 } },
        { id: 'b', at: { x: 60, y: 70 } },
      ],
    ]);
  });

  it('places nodes by hand and gives the same places back', () => {
    const c = canvas();
    c.setPositions({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    expect(c.positions().get('a')).toEqual({ x: 1, y: 2 });
    expect(c.positions().get('b')).toEqual({ x: 3, y: 4 });
  });
});
