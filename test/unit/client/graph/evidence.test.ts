import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../../contract/index.js';
import {
  edgeEvidence,
  locatorText,
  neighbourBasis,
} from '../../../../client/src/graph/evidence.js';

const report = (id: string, file: string): SourceSummary => ({
  id,
  name: `Report ${id}`,
  properties: { outlet: 'not named', date: '2025-10-31', datePrecision: 'day', file },
  supports: { nodes: 0, relationships: 0 },
});
const all = [report('src:001', '001.txt'), report('src:002', '002.txt')];

describe('edgeEvidence', () => {
  it('puts the quote on the report named by quoteSource only, and keeps the note apart', () => {
    const e = edgeEvidence(
      {
        sources: ['src:001', 'src:002'],
        description: 'our reading',
        quote: 'the words',
        quoteSource: 'src:002',
        paragraph: 4,
      },
      all,
    );
    expect(e.note).toBe('our reading');
    expect(e.sources.map((s) => [s.id, s.quote, s.note])).toEqual([
      ['src:001', null, null],
      ['src:002', 'the words', null],
    ]);
    expect(e.sources[1]?.locator).toEqual({ source: 'src:002', file: '002.txt', paragraph: 4 });
  });

  it('gives a quote to the only report when no quoteSource is named', () => {
    const e = edgeEvidence({ sources: ['src:001'], quote: 'the words', note: 'n' }, all);
    expect(e.sources[0]?.quote).toBe('the words');
    expect(e.note).toBe('n');
  });

  it('shows a report it does not know by its id', () => {
    expect(edgeEvidence({ sources: ['src:009'] }, all).sources[0]?.name).toBe('src:009');
  });
});

describe('locatorText', () => {
  it('names the file and the paragraph when known', () => {
    expect(locatorText({ source: 'src:1', file: 'a.txt', paragraph: 3 })).toBe(
      'a.txt, paragraph 3',
    );
    expect(locatorText({ source: 'src:1', file: null, paragraph: null })).toBe('src:1');
  });
});

describe('the basis of the links between a node and one neighbour', () => {
  const edge = (id: string, source: string, target: string, props: Record<string, string>) => ({
    id,
    source,
    target,
    type: 'PROMPTED',
    properties: props,
  });
  const graph = (edges: ReturnType<typeof edge>[]) => ({ nodes: [], edges });

  it('is stated when any link of the type carries a quote, whichever way it points', () => {
    const g = graph([
      edge('1', 'b', 'a', { quote: 'words', basis: 'stated' }),
      edge('2', 'a', 'b', { basis: 'inferred', note: 'order only' }),
    ]);
    expect(neighbourBasis(g, 'a', 'b', 'PROMPTED')).toBe('stated');
  });

  it('is the weakest given when none is stated: inferred before background', () => {
    const g = graph([
      edge('1', 'a', 'b', { basis: 'background', note: 'outside' }),
      edge('2', 'a', 'b', { basis: 'inferred', note: 'reading' }),
    ]);
    expect(neighbourBasis(g, 'a', 'b', 'PROMPTED')).toBe('inferred');
  });

  it('looks only at links of the type asked for and between those two nodes', () => {
    const g = graph([edge('1', 'a', 'c', { basis: 'background', note: 'x' })]);
    expect(neighbourBasis(g, 'a', 'b', 'PROMPTED')).toBeNull();
  });
});
