import type { QueryResult, RecordShape } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { OverviewQuery } from '../../../../contract/index.js';
import type { GraphContext } from '../../../../server/graph/context.js';
import { overview } from '../../../../server/graph/overview.js';
import { defaultProfile } from '../../../../core/dataset/profile.js';

/** A context whose reads answer the load stamp from `stamp` and count the overview computations. */
function fakeContext(stamp: { value: string }) {
  const calls = { compute: 0 };
  const row = (values: Record<string, unknown>) => ({
    has: (key: string) => key in values,
    get: (key: string) => values[key],
  });
  const ctx = {
    profile: defaultProfile,
    read: (cypher: string) => {
      const result = cypher.includes('AS loads')
        ? [row({ loads: [stamp.value], nodes: 1, relationships: 1, edits: 0 })]
        : (calls.compute++, [row({ ns: [], rels: [] })]);
      return Promise.resolve({ records: result } as unknown as QueryResult<RecordShape>);
    },
    vocabulary: () =>
      Promise.resolve({ labels: [], types: ['LED_TO'], fulltextIndexes: [], idLabels: [] }),
  } as unknown as GraphContext;
  return { ctx, calls };
}

describe('overview cache', () => {
  const q = OverviewQuery.parse({});

  it('computes the overview once while the load stamp stays the same', async () => {
    const { ctx, calls } = fakeContext({ value: 'seed@1' });
    await overview(ctx, q);
    await overview(ctx, q);
    expect(calls.compute).toBe(1);
  });

  it('computes it again after a new load', async () => {
    const stamp = { value: 'seed@1' };
    const { ctx, calls } = fakeContext(stamp);
    await overview(ctx, q);
    stamp.value = 'seed@2';
    await overview(ctx, q);
    expect(calls.compute).toBe(2);
  });

  it('keeps separate answers for different limits', async () => {
    const { ctx, calls } = fakeContext({ value: 'seed@1' });
    await overview(ctx, q);
    await overview(ctx, OverviewQuery.parse({ limit: '10' }));
    expect(calls.compute).toBe(2);
  });
});
