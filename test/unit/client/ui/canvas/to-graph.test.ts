import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toGraph } from '../../../../../client/src/ui/canvas/to-graph.js';

function cy() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a', name: 'Alpha', labels: ['Country'], properties: { iso: 'IN' } } },
      { data: { id: 'b' } },
      { data: { id: 'c', name: 'Gamma' } },
      { data: { id: 'ab', source: 'a', target: 'b', type: 'TRADES' } },
      { data: { id: 'bc', source: 'b', target: 'c', type: 'MEETS' } },
    ],
  });
}

describe('toGraph', () => {
  it('gives each node its labels, name and properties, the id standing in for a missing name', () => {
    const g = toGraph(cy().elements());
    expect(g.nodes).toEqual([
      { id: 'a', labels: ['Country'], name: 'Alpha', properties: { iso: 'IN' } },
      { id: 'b', labels: [], name: 'b', properties: {} },
      { id: 'c', labels: [], name: 'Gamma', properties: {} },
    ]);
  });

  it('keeps only the edges whose two ends are in the collection', () => {
    const c = cy();
    const g = toGraph(c.getElementById('a').union(c.getElementById('b')).union(c.edges()));
    expect(g.edges).toEqual([
      { id: 'ab', source: 'a', target: 'b', type: 'TRADES', properties: {} },
    ]);
  });
});
