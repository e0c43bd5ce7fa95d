import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../server/errors.js';
import { listSources, sourceDetail } from '../../../../server/graph/sources.js';
import { sourceTerm } from '../../../../server/graph/source-index.js';
import { fakeGraphContext, node } from '../../../support/fake-graph-context.js';

const report = node(['Source'], { id: 'source:r1', name: 'Report one', outlet: 'Outlet' });
/** The first read of each call: the per-load cache's stamp (server/graph/load-cache.ts). */
const stamp = [{ loads: [], nodes: 0, relationships: 0, edits: 0 }];
const firm = node(['Company'], { id: 'company:a', name: 'Firm A' });

const firstPage = { limit: 200, offset: 0 };

/** The catalogue's answer when the full-text index on `sources` covers every type. */
const indexOnline = [{ types: ['CITES'], state: 'ONLINE' }];
const types = [{ types: ['CITES'] }];
/** The per-load order of the reports: element id and id. */
const order = [{ sources: [['4:fake:r1', 'source:r1']] }];
/** The reads of a page with the index usable, ending with the page's own rows. */
const indexedPage = (rows: Record<string, unknown>[]) => [
  stamp,
  stamp,
  order,
  indexOnline,
  types,
  rows,
];

describe('listSources', () => {
  it('counts what each report supports from the integers Neo4j returns', async () => {
    const { ctx } = fakeGraphContext(
      indexedPage([{ s: report, nodes: neo4j.int(3), rels: neo4j.int(2) }]),
    );
    const { sources } = await listSources(ctx, firstPage);
    expect(sources.map((s) => [s.id, s.supports])).toEqual([
      ['source:r1', { nodes: 3, relationships: 2 }],
    ]);
  });

  it("reads only the page's reports, each with its exact index term", async () => {
    const two = [
      {
        sources: [
          ['4:fake:1', 'a'],
          ['4:fake:2', 'b"c'],
          ['4:fake:3', 'd'],
        ],
      },
    ];
    const { ctx, asked } = fakeGraphContext([stamp, stamp, two, indexOnline, types, []]);
    const page = await listSources(ctx, { limit: 1, offset: 1 });
    expect(asked[5]?.params.page).toEqual([
      { element: '4:fake:2', id: 'b"c', term: sourceTerm('b"c') },
    ]);
    expect(page).toMatchObject({ total: 3, nextOffset: 2 });
  });

  it('says there is no next page on the last one', async () => {
    const { ctx } = fakeGraphContext(indexedPage([]));
    expect(await listSources(ctx, { limit: 2, offset: 0 })).toMatchObject({
      total: 1,
      nextOffset: null,
    });
  });

  it('counts links by reading every relationship once when the index is not usable', async () => {
    const scan = [{ sid: 'source:r1', rels: neo4j.int(5) }];
    const page = [{ s: report, nodes: neo4j.int(1), rels: neo4j.int(0) }];
    const { ctx, asked } = fakeGraphContext([stamp, stamp, order, [], stamp, scan, page]);
    const { sources } = await listSources(ctx, firstPage);
    expect(sources[0]?.supports).toEqual({ nodes: 1, relationships: 5 });
    expect(asked[6]?.cypher).not.toContain('fulltext');
  });

  it('answers INTERNAL, naming the column, when a row does not hold a node', async () => {
    const { ctx } = fakeGraphContext(indexedPage([{ s: 'source:r1', nodes: 0, rels: 0 }]));
    await expect(listSources(ctx, firstPage)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('sourceTerm', () => {
  it('quotes an id as one term, escaping its quotes and backslashes', () => {
    expect(sourceTerm('src:001')).toBe('"src:001"');
    expect(sourceTerm('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});

const happened = { clock: 'happened' } as const;

describe('sourceDetail', () => {
  it('answers NOT_FOUND when no report has the id', async () => {
    const { ctx } = fakeGraphContext([stamp, [], []]);
    const error: unknown = await sourceDetail(ctx, 'source:none', happened).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a quote and an analyst note apart for each supported node', async () => {
    const supported = [
      { node: firm, quote: 'said so', note: 'our reading', paragraph: neo4j.int(4) },
    ];
    const { ctx } = fakeGraphContext([stamp, [], [{ s: report, supported, rels: [] }]]);
    const detail = await sourceDetail(ctx, 'source:r1', happened);
    expect(detail.supported.map((x) => [x.id, x.quote, x.note, x.paragraph])).toEqual([
      ['company:a', 'said so', 'our reading', 4],
    ]);
  });

  it('drops the empty match of a report that supports no node', async () => {
    const supported = [{ node: null, quote: null, note: null, paragraph: null }];
    const { ctx } = fakeGraphContext([stamp, [], [{ s: report, supported, rels: [] }]]);
    const detail = await sourceDetail(ctx, 'source:r1', happened);
    expect(detail.supported).toEqual([]);
  });

  it('asks for the report by the id it was given', async () => {
    const { ctx, asked } = fakeGraphContext([stamp, [], []]);
    await sourceDetail(ctx, 'source:r9', happened).catch(() => undefined);
    expect(asked[2]?.params).toMatchObject({ id: 'source:r9' });
  });
});
