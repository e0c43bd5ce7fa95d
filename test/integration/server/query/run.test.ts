// The analyst query's plan verdict, remembered by text and parameter
// shapes, on the real Neo4j: a repeat skips the EXPLAIN and answers the
// same, and a remembered verdict never lets a write through.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPlanVerdictCache,
  type PlanVerdictCache,
} from '../../../../server/query/plan-cache.js';
import { runReadOnlyQuery } from '../../../../server/query/run.js';
import { graphFingerprint, testDriver } from '../../../support/db.js';

let driver: Driver;
let before: string;
beforeAll(async () => {
  driver = testDriver();
  before = await graphFingerprint(driver);
});
afterAll(async () => {
  expect(await graphFingerprint(driver)).toBe(before);
  await driver.close();
});

const limits = { timeoutMs: 10_000, rowCap: 100 };

/** A real cache that counts the lookups it answered from memory. */
function countingCache(inner: PlanVerdictCache = createPlanVerdictCache()) {
  const counts = { hits: 0 };
  const cache: PlanVerdictCache = {
    has: (key) => {
      const hit = inner.has(key);
      if (hit) counts.hits++;
      return hit;
    },
    remember: (key) => inner.remember(key),
    get size() {
      return inner.size;
    },
  };
  return { cache, counts };
}

describe('runReadOnlyQuery plan verdicts', () => {
  it('answers a repeated query from the remembered verdict with the same rows', async () => {
    const { cache, counts } = countingCache();
    const request = {
      cypher: 'MATCH (c:Country) WHERE c.id STARTS WITH $prefix RETURN c.id AS id ORDER BY id',
      params: { prefix: 'country:' },
    };
    const first = await runReadOnlyQuery(driver, undefined, request, limits, cache);
    expect(counts.hits).toBe(0);
    const second = await runReadOnlyQuery(
      driver,
      undefined,
      { ...request, params: { prefix: 'country:c' } },
      limits,
      cache,
    );
    expect(counts.hits).toBe(1);
    expect(first.rows.length).toBeGreaterThan(1);
    expect(second.rows).toEqual(first.rows.filter((r) => String(r.id).startsWith('country:c')));
  });

  it('plans again when a parameter changes shape', async () => {
    const { cache, counts } = countingCache();
    const cypher = 'RETURN $x AS x';
    await runReadOnlyQuery(driver, undefined, { cypher, params: { x: 'a' } }, limits, cache);
    await runReadOnlyQuery(driver, undefined, { cypher, params: { x: ['a'] } }, limits, cache);
    expect(counts.hits).toBe(0);
    expect(cache.size).toBe(2);
  });

  it('does not remember a refused verdict', async () => {
    const { cache } = countingCache();
    await expect(
      runReadOnlyQuery(
        driver,
        undefined,
        { cypher: 'CREATE (n:Hacked) RETURN n', params: {} },
        limits,
        cache,
      ),
    ).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
    expect(cache.size).toBe(0);
  });

  it('refuses a write even when its verdict is planted in the cache', async () => {
    const planted: PlanVerdictCache = { has: () => true, remember: () => undefined, size: 1 };
    await expect(
      runReadOnlyQuery(
        driver,
        undefined,
        { cypher: 'CREATE (n:Hacked) RETURN n', params: {} },
        limits,
        planted,
      ),
    ).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
  });
});
