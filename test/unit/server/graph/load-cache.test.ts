import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, loadStamp, perLoad } from '../../../../server/graph/load-cache.js';
import { fakeGraphContext } from '../../../support/fake-graph-context.js';

const loaded = [{ loads: ['seed@2025-01-01#abc'], nodes: 10, relationships: 20, edits: 0 }];
const untracked = [{ loads: [], nodes: 10, relationships: 20, edits: 0 }];
const minute = 60_000;

describe('loadStamp', () => {
  it('stays the same over time while the loads stay the same', async () => {
    const { ctx } = fakeGraphContext([loaded, loaded]);
    expect(await loadStamp(ctx, 0)).toBe(await loadStamp(ctx, 10 * minute));
  });

  it('changes after a minute for a database we did not load', async () => {
    const { ctx } = fakeGraphContext([untracked, untracked]);
    expect(await loadStamp(ctx, 0)).not.toBe(await loadStamp(ctx, 2 * minute));
  });

  it('changes with every published curation change (the edit stamp)', async () => {
    const edited = [{ ...loaded[0], edits: 1 }];
    const { ctx } = fakeGraphContext([loaded, edited]);
    expect(await loadStamp(ctx, 0)).not.toBe(await loadStamp(ctx, 0));
  });

  it('changes when a database we did not load gains a node', async () => {
    const grown = [{ ...untracked[0], nodes: 11 }];
    const { ctx } = fakeGraphContext([untracked, grown]);
    expect(await loadStamp(ctx, 0)).not.toBe(await loadStamp(ctx, 0));
  });
});

describe('perLoad', () => {
  it('computes once while the stamp stays the same', async () => {
    const { ctx } = fakeGraphContext([loaded, loaded]);
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    await perLoad(ctx, 'kind', 'key', compute);
    expect(await perLoad(ctx, 'kind', 'key', compute)).toBe(1);
  });

  it('computes again after a new load', async () => {
    const reloaded = [{ ...loaded[0], loads: ['seed@2025-02-01#def'] }];
    const { ctx } = fakeGraphContext([loaded, reloaded]);
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    await perLoad(ctx, 'kind', 'key', compute);
    expect(await perLoad(ctx, 'kind', 'key', compute)).toBe(2);
  });

  it('does not keep a failed computation', async () => {
    const { ctx } = fakeGraphContext([loaded, loaded]);
    await perLoad(ctx, 'kind', 'key', () => Promise.reject(new Error('down'))).catch(() => null);
    expect(await perLoad(ctx, 'kind', 'key', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('keeps a key that is asked for again when new keys fill the cache (least recently used goes)', async () => {
    const { ctx } = fakeGraphContext(Array.from({ length: 2 * MAX_ENTRIES + 4 }, () => loaded));
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    await perLoad(ctx, 'lru', 'hot', compute);
    for (let i = 0; i < MAX_ENTRIES; i++) {
      await perLoad(ctx, 'lru', 'hot', compute);
      await perLoad(ctx, 'lru', `cold-${i}`, compute);
    }
    expect(await perLoad(ctx, 'lru', 'hot', compute)).toBe(1);
    expect(computed).toBe(1 + MAX_ENTRIES);
  });
});
