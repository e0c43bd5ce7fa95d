import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  exportLabels,
  fullLabel,
  legendEntries,
  viewCaption,
  type CaptionView,
} from '../../../../client/src/export/view-frame.js';
import { kindStyle } from '../../../../client/src/graph/kinds.js';
import { shorten } from '../../../../client/src/graph/elements.js';

const plain: CaptionView = {
  clock: 'happened',
  hiddenLabels: [],
  hiddenTypes: [],
  statedOnly: false,
};
const shown = { nodes: 52, edges: 80 };

describe('viewCaption', () => {
  it('says the as-of date and which clock it is on', () => {
    const lines = viewCaption(
      { ...plain, asOf: '2025-06-12', clock: 'reported' },
      shown,
      '2026-12-06',
    );
    expect(lines[0]).toBe('As of 12 Jun 2025, on the clock of when things were reported.');
  });

  it('says the graph is shown whole when no as-of date is set', () => {
    expect(viewCaption(plain, shown, '2026-12-06')[0]).toMatch(/^As of now: everything/);
  });

  it('names every filter that hides something, kinds and types in order', () => {
    const lines = viewCaption(
      {
        ...plain,
        hiddenLabels: ['Source', 'Person'],
        hiddenTypes: ['PRECEDED'],
        statedOnly: true,
        dateFrom: '2025-04-01',
        dateTo: '2025-10-31',
      },
      shown,
      '2026-12-06',
    );
    expect(lines[1]).toBe(
      'Filters: kinds hidden: Person, Source; relationships hidden: PRECEDED; stated links only (no reading or background link); events from 1 Apr 2025 until 31 Oct 2025.',
    );
  });

  it('says there are no filters rather than nothing', () => {
    expect(viewCaption(plain, shown, '2026-12-06')[1]).toBe('Filters: none.');
  });

  it('counts what is drawn and dates the export', () => {
    expect(viewCaption(plain, { nodes: 1, edges: 2 }, '2026-12-06')[2]).toBe(
      '1 node and 2 relationships shown; exported 6 Dec 2026.',
    );
  });
});

const graph: Graph = {
  nodes: [
    { id: 'a', labels: ['Country'], name: 'India', properties: {} },
    { id: 'b', labels: ['Country'], name: 'China', properties: {} },
    { id: 'c', labels: ['Event'], name: 'Licences', properties: {} },
  ],
  edges: [
    { id: 'e1', source: 'c', target: 'a', type: 'IN', properties: { basis: 'stated', quote: 'q' } },
    { id: 'e2', source: 'c', target: 'b', type: 'IN', properties: { basis: 'inferred' } },
  ],
};

describe('legendEntries', () => {
  it('lists each kind drawn with its colour, shape and count, most common first', () => {
    const order = ['Country', 'Event'];
    const nodes = legendEntries(graph, order).filter((e) => e.kind === 'node');
    expect(nodes.map((e) => [e.name, e.count])).toEqual([
      ['Country', 2],
      ['Event', 1],
    ]);
    expect(nodes[0]?.color).toBe(kindStyle('Country', order).color);
    expect(nodes[0]?.shape).toBe(kindStyle('Country', order).shape);
  });

  it('explains solid and dotted lines when both are drawn', () => {
    const lines = legendEntries(graph).filter((e) => e.kind === 'line');
    expect(lines).toEqual([
      { kind: 'line', name: 'stated in a report', count: 1 },
      {
        kind: 'line',
        name: "the analyst's reading or background knowledge",
        count: 1,
        dotted: true,
      },
    ]);
  });

  it('has no line entry for a graph without links', () => {
    expect(legendEntries({ nodes: graph.nodes, edges: [] }).some((e) => e.kind === 'line')).toBe(
      false,
    );
  });
});

describe('exportLabels', () => {
  const nodes = [
    {
      id: 'a',
      text: 'China grants licences to Indian firms after checking certificates',
      shown: true,
    },
    { id: 'b', text: 'India', shown: false },
    { id: 'c', text: '  ', shown: true },
  ];

  it('draws the labels the view shows, each in full', () => {
    expect([...exportLabels(nodes, 'shown')]).toEqual([
      ['a', 'China grants licences to Indian firms after checking certificates'],
    ]);
  });

  it('draws every named node’s label when all are asked for', () => {
    expect([...exportLabels(nodes, 'all').keys()]).toEqual(['a', 'b']);
  });
});

describe('fullLabel', () => {
  const long = 'China grants licences to Indian firms after checking certificates';

  it('gives the whole name where the screen draws it shortened', () => {
    expect(fullLabel(long, shorten(long))).toBe(long);
  });

  it('keeps a style rule’s caption drawn in place of the name', () => {
    expect(fullLabel(long, '2025-10-30')).toBe('2025-10-30');
  });
});
