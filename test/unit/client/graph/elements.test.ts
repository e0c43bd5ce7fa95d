import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  countKinds,
  mergeGraphs,
  newElements,
  primaryLabel,
  removeNodes,
  shorten,
  toElements,
} from '../../../../client/src/graph/elements.js';
import { sample } from '../fixtures/graph.js';

describe('toElements', () => {
  it('makes nodes and edges Cytoscape accepts headless', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sample) });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.edges()).toHaveLength(2);
    expect(cy.$id('e2').data('sources')).toEqual(['s:1', 's:2']);
  });

  it('drops edges whose ends are neither in the payload nor on the canvas', () => {
    const g = { nodes: [sample.nodes[0]!], edges: sample.edges };
    expect(toElements(g)).toHaveLength(1);
    expect(toElements(g, { present: new Set(['b:2']) })).toHaveLength(2);
  });

  it('marks events by the profile label and keeps their date', () => {
    const els = toElements(sample, { eventLabel: 'Event' });
    const b = els.find((e) => e.data.id === 'b:2');
    expect(b?.data['isEvent']).toBe(true);
    expect(b?.data['date']).toBe('2025-06-12');
  });
});

describe('primaryLabel', () => {
  it('prefers the rarest label of the schema order', () => {
    expect(primaryLabel(['Event', 'Happening'], ['Event', 'Thing', 'Happening'])).toBe('Happening');
    expect(primaryLabel(['Event', 'Happening'])).toBe('Event');
    expect(primaryLabel([])).toBe('Node');
  });
});

describe('merging and removing', () => {
  it('merges by id, later payloads winning', () => {
    const b = { nodes: [{ ...sample.nodes[0]!, name: 'Alpha 2' }], edges: [] };
    const m = mergeGraphs(sample, b);
    expect(m.nodes).toHaveLength(3);
    expect(m.nodes.find((n) => n.id === 'a:1')?.name).toBe('Alpha 2');
  });

  it('finds what is new and removes nodes with their edges', () => {
    expect(newElements(sample, new Set(['a:1', 'e1'])).nodes).toHaveLength(2);
    const r = removeNodes(sample, new Set(['b:2']));
    expect(r.nodes.map((n) => n.id)).toEqual(['a:1', 'c:3']);
    expect(r.edges).toHaveLength(0);
  });

  it('counts labels and types', () => {
    const { labels, types } = countKinds(sample, ['Event', 'Thing', 'Happening']);
    expect(labels.get('Thing')).toBe(2);
    expect(labels.get('Happening')).toBe(1);
    expect(types.get('LED_TO')).toBe(1);
  });

  it('shortens long names with an ellipsis', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('x'.repeat(40), 10)).toHaveLength(10);
  });
});
