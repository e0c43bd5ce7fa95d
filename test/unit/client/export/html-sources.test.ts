import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import { elementSources } from '../../../../client/src/export/html-sources.js';
import { standaloneHtml } from '../../../../client/src/export/html.js';
import { all, dated, inferred } from './sources.js';

const graph: Graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'Licences granted', properties: {} },
    { id: 'b', labels: ['Country'], name: 'India', properties: {} },
  ],
  edges: [
    {
      id: 'a|IN|b',
      source: 'a',
      target: 'b',
      type: 'IN',
      properties: {
        sources: [dated.id],
        quote: 'licences were granted to four firms',
        paragraph: 3,
        basis: 'stated',
        note: 'The ministry is Indian.',
      },
    },
  ],
};
const node = (id: string, quote: string | null) => ({
  id,
  labels: ['Event'],
  name: id,
  properties: {},
  quote,
  note: null,
  paragraph: quote ? 2 : null,
  basis: quote ? ('stated' as const) : ('inferred' as const),
});
const supported = new Map([
  [dated.id, [node('a', 'the first shipments left in November')]],
  [inferred.id, [node('a', null), node('not-drawn', 'elsewhere')]],
]);

describe('elementSources', () => {
  const out = elementSources(graph, supported, all);

  it('gives a link its quote, basis, report and paragraph as details do', () => {
    expect(out['a|IN|b']).toEqual({
      note: 'The ministry is Indian.',
      refs: [
        {
          head: 'Daily Ledger · 31 Oct 2025',
          headline: dated.name,
          basis: 'Stated in the report',
          quote: 'licences were granted to four firms',
          note: null,
          where: 'src:101, paragraph 3',
        },
      ],
    });
  });

  it('gives a node each report that supports it, oldest first', () => {
    expect(out['a']?.refs.map((r) => r.headline)).toEqual([inferred.name, dated.name]);
    expect(out['a']?.refs[1]?.quote).toBe('the first shipments left in November');
    expect(out['a']?.refs[0]?.basis).toBe("The analyst's reading of the report");
  });

  it('leaves out nodes that are not drawn and nodes without sources', () => {
    expect(Object.keys(out).sort()).toEqual(['a', 'a|IN|b']);
  });
});

describe('the offline page’s sources', () => {
  it('carries each element’s sources for its details pane, the quote whole', () => {
    const html = standaloneHtml({
      title: 'T',
      graph,
      positions: new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 100, y: 0 }],
      ]),
      sources: elementSources(graph, supported, all),
      caption: ['Filters: none.'],
    });
    const json = /<script type="application\/json" id="sources-data">(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    expect(JSON.parse(json ?? '{}')['a|IN|b'].refs[0].quote).toBe(
      'licences were granted to four firms',
    );
    expect(html).toContain('<p class="caption">Filters: none.</p>');
  });
});
