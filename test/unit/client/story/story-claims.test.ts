import { describe, expect, it } from 'vitest';
import type { Graph, SourceSummary } from '../../../../contract/index.js';
import { citable, claimEnds, resolveClaim } from '../../../../client/src/story/claims.js';

const graph: Graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'Controls', properties: {} },
    { id: 'b', labels: ['Event'], name: 'Pause', properties: {} },
  ],
  edges: [
    {
      id: 'a|PRECEDED|b',
      source: 'a',
      target: 'b',
      type: 'PRECEDED',
      properties: {
        sources: ['src:004'],
        quote: 'since April',
        quoteSource: 'src:004',
        paragraph: 7,
        basis: 'inferred',
        note: 'order only',
      },
    },
  ],
};
const sources: SourceSummary[] = [
  {
    id: 'src:004',
    name: 'A headline',
    properties: { outlet: 'not named', date: '2025-10-31' },
    supports: { nodes: 0, relationships: 0 },
  },
];

describe('a cited claim read from the graph', () => {
  it('carries the quote, its basis, report and paragraph, in the link’s own direction', () => {
    const r = resolveClaim('a|PRECEDED|b', graph, sources);
    expect(r.ok && r.claim).toMatchObject({
      sentence: 'Controls preceded Pause',
      line: { kind: 'inferred', quote: 'since April', label: 'inferred: order only' },
      reports: [{ id: 'src:004', outlet: null, headline: 'A headline', date: '2025-10-31' }],
      paragraph: 7,
    });
  });

  it('says a claim whose link is gone is gone', () => {
    expect(resolveClaim('a|LED_TO|zz', graph, sources)).toEqual({ ok: false, id: 'a|LED_TO|zz' });
  });

  it('reads the ends of a link id and offers the selection’s links to cite', () => {
    expect(claimEnds('a|PRECEDED|b')).toEqual({ source: 'a', type: 'PRECEDED', target: 'b' });
    expect(claimEnds('nope')).toBeUndefined();
    expect(citable(graph, ['b']).map((e) => e.id)).toEqual(['a|PRECEDED|b']);
    expect(citable(graph, [])).toEqual([]);
  });
});
