// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import { offlineHtml, supportedBy } from '../../../../client/src/ui/export-html.js';
import { dated, inferred } from '../export/sources.js';
import { fakeDataExplorer } from './fake-explorer.js';

const graph: Graph = {
  nodes: [{ id: 'a', labels: ['Event'], name: 'Licences granted', properties: {} }],
  edges: [],
};
const supported = {
  [dated.id]: [
    {
      id: 'a',
      labels: ['Event'],
      name: 'Licences granted',
      properties: {},
      quote: 'licences were granted to four firms',
      note: null,
      paragraph: 3,
      basis: 'stated' as const,
    },
  ],
};

describe('the offline HTML export', () => {
  it('asks each report once what it supports, and leaves out one that fails', async () => {
    const f = fakeDataExplorer({ graph, sources: [dated, inferred], supported });
    const out = await supportedBy(f.ctx, [dated, inferred]);
    expect([...out.keys()]).toEqual([dated.id]);
    expect(f.asked.sort()).toEqual([dated.id, inferred.id].sort());
  });

  it('carries a node’s quote from the report that supports it', async () => {
    const f = fakeDataExplorer({ graph, sources: [dated], supported });
    const html = await offlineHtml(f.ctx, { title: 'View', today: '2026-12-06' }, () =>
      Promise.resolve([dated]),
    );
    expect(html).toContain('licences were granted to four firms');
    expect(html).toContain('Filters: none.');
  });
});
