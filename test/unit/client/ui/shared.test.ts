// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../../../contract/index.js';
import { selectedNodes, sourceCard } from '../../../../client/src/ui/shared.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';
import { smallGraph } from './graph-fixture.js';

const source = (extra: Partial<SourceRef>): SourceRef => ({
  id: 's:1',
  name: 'Magnet exports resume',
  outlet: 'A wire service',
  date: '2025-06-12',
  datePrecision: 'day',
  dateInferred: false,
  dateInferredFrom: null,
  quote: null,
  note: null,
  basis: null,
  locator: { source: 's:1', file: null, paragraph: null },
  ...extra,
});

describe('sourceCard', () => {
  it('puts quotation marks around the report’s own words only', () => {
    const card = sourceCard(
      source({ quote: 'exports resumed', note: 'my reading', basis: 'stated' }),
    );
    expect(card.querySelector('blockquote')?.textContent).toBe('“exports resumed”');
    expect(card.querySelector('.note')?.textContent).toBe('Note: my reading');
  });

  it('says in words how the report supports the fact', () => {
    const card = sourceCard(source({ basis: 'background' }));
    expect(card.querySelector('.basis')?.textContent).toBe(
      'Background knowledge, not in the report',
    );
  });

  it('names an outlet it does not know as unnamed', () => {
    expect(sourceCard(source({ outlet: null })).querySelector('strong')?.textContent).toBe(
      'Unnamed outlet',
    );
  });
});

describe('selectedNodes', () => {
  it('keeps the selected nodes on the canvas, not relationships or absent ids', () => {
    const canvas = fakeCanvas(smallGraph, {
      has: (id: string) => id !== 'gone',
      isEdge: (id: string) => id.startsWith('r'),
    });
    const ctx = fakeExplorer({ canvas, state: { selected: ['c:in', 'r1', 'gone'] } });
    expect(selectedNodes(ctx)).toEqual(['c:in']);
  });
});
