import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../server/errors.js';
import { listSources, sourceDetail } from '../../../../server/graph/sources.js';
import { fakeGraphContext, node } from '../../../support/fake-graph-context.js';

const report = node(['Source'], { id: 'source:r1', name: 'Report one', outlet: 'Outlet' });
/** The first read of each call: the per-load cache's stamp (server/graph/load-cache.ts). */
const stamp = [{ loads: [], nodes: 0, relationships: 0, edits: 0 }];
const firm = node(['Company'], { id: 'company:a', name: 'Firm A' });

describe('listSources', () => {
  it('counts what each report supports from the integers Neo4j returns', async () => {
    const { ctx } = fakeGraphContext([
      stamp,
      [{ s: report, nodes: neo4j.int(3), rels: neo4j.int(2) }],
    ]);
    const { sources } = await listSources(ctx);
    expect(sources.map((s) => [s.id, s.supports])).toEqual([
      ['source:r1', { nodes: 3, relationships: 2 }],
    ]);
  });

  it('answers INTERNAL, naming the column, when a row does not hold a node', async () => {
    const { ctx } = fakeGraphContext([stamp, [{ s: 'source:r1', nodes: 0, rels: 0 }]]);
    await expect(listSources(ctx)).rejects.toMatchObject({ code: 'INTERNAL' });
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
