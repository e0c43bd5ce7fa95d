import { describe, expect, it } from 'vitest';
import { fcosePositions, type LayoutInput } from '../../../../client/src/graph/fcose-positions.js';

/** A star of `leaves` around a hub, every node starting at the origin's neighbourhood. */
function star(leaves: number): LayoutInput {
  const nodes = [{ id: 'hub', position: { x: 0, y: 0 } }];
  const edges = [];
  for (let i = 0; i < leaves; i++) {
    nodes.push({ id: `leaf${i}`, position: { x: i, y: -i } });
    edges.push({ id: `e${i}`, source: 'hub', target: `leaf${i}` });
  }
  return { nodes, edges };
}

describe('fcosePositions', () => {
  it('places every node it was given, at a finite point', () => {
    const placed = fcosePositions(star(20));
    expect(Object.keys(placed).sort()).toEqual(
      star(20)
        .nodes.map((n) => n.id)
        .sort(),
    );
    expect(Object.values(placed).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(
      true,
    );
  });

  it('spreads the nodes out rather than leaving them on top of each other', () => {
    const placed = Object.values(fcosePositions(star(20)));
    const xs = placed.map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
  });

  it('ignores an edge whose end is not among the nodes', () => {
    const input = star(3);
    input.edges.push({ id: 'dangling', source: 'hub', target: 'elsewhere' });
    expect(Object.keys(fcosePositions(input))).toHaveLength(4);
  });
});
