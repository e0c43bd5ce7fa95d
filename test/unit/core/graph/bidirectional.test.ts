import { describe, expect, it } from 'vitest';
import {
  bidirectionalSearch,
  type Expand,
  type Link,
  type SearchOptions,
} from '../../../../core/graph/bidirectional.js';

/**
 * A hand-written graph: each edge "u-v" is an undirected relationship named
 * by its two ends. The expansion answers in the order the edges were listed
 * and records the frontiers it was asked for.
 */
function graph(edges: string[], unread: string[] = []) {
  const adjacency = new Map<string, Link[]>();
  const add = (u: string, v: string, rel: string) => {
    const list = adjacency.get(u) ?? [];
    list.push({ rel, node: v, degree: 0 });
    adjacency.set(u, list);
  };
  for (const edge of edges) {
    const [u = '', v = ''] = edge.split('-');
    add(u, v, edge);
    add(v, u, edge);
  }
  const asked: string[][] = [];
  const expand: Expand = (frontier, limit) => {
    asked.push([...frontier]);
    const links = new Map(
      frontier.map((x) => [
        x,
        (adjacency.get(x) ?? [])
          .slice(0, limit)
          .map((l) => ({ ...l, degree: adjacency.get(l.node)?.length ?? 0 })),
      ]),
    );
    return Promise.resolve({ links, unread: new Set(unread) });
  };
  return { expand, asked };
}

const options = (over: Partial<SearchOptions> = {}): SearchOptions => ({
  from: 'a',
  to: 'b',
  maxDepth: 6,
  passable: () => true,
  alternatives: false,
  caps: { frontier: 200, links: 50, paths: 25 },
  ...over,
});

const spelled = (paths: { nodes: string[] }[]) => paths.map((p) => p.nodes.join(' ')).sort();

describe('bidirectionalSearch', () => {
  it('expands the two sides in turn and meets in the middle', async () => {
    const g = graph(['a-1', '1-2', '2-3', '3-b']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(g.asked).toEqual([['a'], ['b'], ['1'], ['3']]);
    expect(spelled(result.paths)).toEqual(['a 1 2 3 b']);
    expect(result.cut).toBe(false);
  });

  it('finds an odd length as exactly as an even one', async () => {
    const g = graph(['a-1', '1-2', '2-b']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(result.paths.map((p) => p.rels)).toEqual([['a-1', '1-2', '2-b']]);
    expect(result.steps).toBe(3);
  });

  it('expands the smaller frontier first', async () => {
    const g = graph(['a-1', 'a-2', 'a-3', 'b-4', 'b-5', '4-6', '6-7', '7-1']);
    await bidirectionalSearch(options(), g.expand);
    // After a's 3 neighbours and b's 2, b's side goes again, least connected first.
    expect(g.asked.slice(0, 3)).toEqual([['a'], ['b'], ['5', '4']]);
  });

  it('rebuilds every shortest path through every parent, and no longer one', async () => {
    const g = graph(['a-1', 'a-2', '1-3', '2-3', '1-4', '4-b', '3-b', 'a-5', '5-6', '6-7', '7-b']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(spelled(result.paths)).toEqual(['a 1 3 b', 'a 1 4 b', 'a 2 3 b']);
  });

  it('keeps two relationships between the same nodes as two paths, one relationship once', async () => {
    const once = await bidirectionalSearch(options(), graph(['a-1', '1-b', 'a-1']).expand);
    expect(once.paths).toHaveLength(1);
    const twice = await bidirectionalSearch(options(), graph(['a-1', 'a-1-again', '1-b']).expand);
    expect(twice.paths.map((p) => p.rels).sort()).toEqual([
      ['a-1', '1-b'],
      ['a-1-again', '1-b'],
    ]);
  });

  it('offers paths one hop longer when asked for alternatives, never a walk that repeats a node', async () => {
    const g = graph(['a-1', '1-b', 'a-2', '2-3', '3-b']);
    const result = await bidirectionalSearch(options({ alternatives: true }), g.expand);
    expect(result.paths.map((p) => p.nodes.join(' '))).toEqual(['a 1 b', 'a 2 3 b']);
    for (const p of result.paths) expect(new Set(p.nodes).size).toBe(p.nodes.length);
  });

  it('passes no node that is not passable, but reaches and leaves the ends', async () => {
    const g = graph(['a-h', 'h-b', 'a-1', '1-2', '2-b', 'h-1']);
    const result = await bidirectionalSearch(
      options({ passable: (n) => !['h', 'a', 'b'].includes(n) }),
      g.expand,
    );
    expect(spelled(result.paths)).toEqual(['a 1 2 b']);
  });

  it('meets at a node neither side expanded', async () => {
    // The hub's own links are never read: the two sides reach it and stop.
    const g = graph(['a-h', 'b-h', 'h-9']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(spelled(result.paths)).toEqual(['a h b']);
    expect(g.asked.flat()).not.toContain('h');
  });

  it('marks the search cut when the frontier cap dropped nodes and nothing was found', async () => {
    const g = graph(['a-1', 'a-2', 'a-3', '3-4', '4-5', '5-6', '6-b']);
    const result = await bidirectionalSearch(
      options({ maxDepth: 4, caps: { frontier: 2, links: 50, paths: 25 } }),
      g.expand,
    );
    expect(result).toMatchObject({ paths: [], cut: true });
  });

  it('marks the search cut when the link cap left links unread and nothing was found', async () => {
    const g = graph(['a-1', 'a-2', 'a-3', '3-b']);
    const result = await bidirectionalSearch(
      options({ maxDepth: 2, caps: { frontier: 200, links: 2, paths: 25 } }),
      g.expand,
    );
    expect(result).toMatchObject({ paths: [], cut: true });
  });

  it('marks the search cut when the caller could not scan every link', async () => {
    const g = graph(['a-1'], ['a']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(result).toMatchObject({ paths: [], cut: true });
  });

  it('marks the search cut when a step was stopped', async () => {
    const result = await bidirectionalSearch(options(), () => Promise.resolve(null));
    expect(result).toMatchObject({ paths: [], cut: true, steps: 0 });
  });

  it('answers no path and no cut when nothing was dropped', async () => {
    const g = graph(['a-1', '1-2', 'b-3']);
    const result = await bidirectionalSearch(options(), g.expand);
    expect(result).toMatchObject({ paths: [], cut: false });
  });

  it('takes at most maxDepth steps', async () => {
    const g = graph(['a-1', '1-2', '2-3', '3-4', '4-b']);
    const result = await bidirectionalSearch(options({ maxDepth: 4 }), g.expand);
    expect(result).toMatchObject({ paths: [], cut: false, steps: 4 });
  });

  it('keeps a found path when a cap dropped something, and at most caps.paths of them', async () => {
    const edges = ['a-1', 'a-2', 'a-3', '1-b', '2-b', '3-b'];
    const g = graph(edges);
    const result = await bidirectionalSearch(
      options({ caps: { frontier: 1, links: 50, paths: 2 } }),
      g.expand,
    );
    expect(result.paths).toHaveLength(2);
    expect(result.paths.every((p) => p.nodes.length === 3)).toBe(true);
  });
});
