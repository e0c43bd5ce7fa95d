import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../server/errors.js';
import { listSources, sourceDetail, sourcesPage } from '../../../../server/graph/sources.js';
import { fakeGraphContext, node } from '../../../support/fake-graph-context.js';

const report = node(['Source'], { id: 'source:r1', name: 'Report one', outlet: 'Outlet' });
/** The first read of each call: the per-load cache's stamp (server/graph/load-cache.ts). */
const stamp = [{ loads: [], nodes: 0, relationships: 0, edits: 0 }];
const firm = node(['Company'], { id: 'company:a', name: 'Firm A' });

const firstPage = { limit: 200, offset: 0 };

describe('listSources', () => {
  it('counts what each report supports from the integers Neo4j returns', async () => {
    const { ctx } = fakeGraphContext([
      stamp,
      [{ s: report, nodes: neo4j.int(3), rels: neo4j.int(2) }],
    ]);
    const { sources } = await listSources(ctx, firstPage);
    expect(sources.map((s) => [s.id, s.supports])).toEqual([
      ['source:r1', { nodes: 3, relationships: 2 }],
    ]);
  });

  it('answers INTERNAL, naming the column, when a row does not hold a node', async () => {
    const { ctx } = fakeGraphContext([stamp, [{ s: 'source:r1', nodes: 0, rels: 0 }]]);
    await expect(listSources(ctx, firstPage)).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('sourcesPage', () => {
  const all = ['a', 'b', 'c'].map((id) => ({
    id,
    name: id,
    properties: {},
    supports: { nodes: 0, relationships: 0 },
  }));

  it('gives the page asked for, the total and where the next page starts', () => {
    const page = sourcesPage(all, { limit: 2, offset: 0 });
    expect(page.sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(page).toMatchObject({ total: 3, nextOffset: 2 });
  });

  it('says there is no next page on the last one, and past the end gives none', () => {
    expect(sourcesPage(all, { limit: 2, offset: 2 })).toMatchObject({ nextOffset: null });
    expect(sourcesPage(all, { limit: 2, offset: 9 })).toMatchObject({ sources: [], total: 3 });
  });
});

const happened = { clock: 'happened' } as const;

describe('sourceDetail', () => {
  it('answers NOT_FOUND when no report has the id', async () => {
    const { ctx } = fakeGraphContext([stamp, []]);
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
    const { ctx } = fakeGraphContext([stamp, [{ s: report, supported, rels: [] }]]);
    const detail = await sourceDetail(ctx, 'source:r1', happened);
    expect(detail.supported.map((x) => [x.id, x.quote, x.note, x.paragraph])).toEqual([
      ['company:a', 'said so', 'our reading', 4],
    ]);
  });

  it('drops the empty match of a report that supports no node', async () => {
    const supported = [{ node: null, quote: null, note: null, paragraph: null }];
    const { ctx } = fakeGraphContext([stamp, [{ s: report, supported, rels: [] }]]);
    const detail = await sourceDetail(ctx, 'source:r1', happened);
    expect(detail.supported).toEqual([]);
  });

  it('asks for the report by the id it was given', async () => {
    const { ctx, asked } = fakeGraphContext([stamp, []]);
    await sourceDetail(ctx, 'source:r9', happened).catch(() => undefined);
    expect(asked[1]?.params).toMatchObject({ id: 'source:r9' });
  });
});
