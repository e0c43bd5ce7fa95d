import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  createPlanVerdictCache,
  paramShape,
  planKey,
} from '../../../../server/query/plan-cache.js';

describe('paramShape', () => {
  it('gives values of one type the same shape whatever their value', () => {
    expect(paramShape({ name: 'China', ids: ['a', 'b'] })).toBe(
      paramShape({ ids: ['x'], name: 'India' }),
    );
  });

  it('tells a list from a scalar and an integer from a string', () => {
    expect(paramShape({ id: ['a'] })).not.toBe(paramShape({ id: 'a' }));
    expect(paramShape({ n: neo4j.int(3) })).not.toBe(paramShape({ n: '3' }));
  });

  it('tells maps with different keys apart', () => {
    expect(paramShape({ m: { a: 1 } })).not.toBe(paramShape({ m: { b: 1 } }));
  });
});

describe('planKey', () => {
  it('ignores whitespace at the ends of the text only', () => {
    const params = {};
    expect(planKey(undefined, ' RETURN 1 \n', params)).toBe(planKey(undefined, 'RETURN 1', params));
    // A line break ends a // comment: inner whitespace can change what runs.
    expect(planKey(undefined, 'RETURN 1 // a\nRETURN 2', params)).not.toBe(
      planKey(undefined, 'RETURN 1 // a RETURN 2', params),
    );
  });

  it('keeps databases apart', () => {
    expect(planKey('a', 'RETURN 1', {})).not.toBe(planKey('b', 'RETURN 1', {}));
  });
});

describe('createPlanVerdictCache', () => {
  it('forgets the least recently used key past its capacity', () => {
    const cache = createPlanVerdictCache(2);
    cache.remember('a');
    cache.remember('b');
    expect(cache.has('a')).toBe(true); // a is now the most recent
    cache.remember('c');
    expect(cache.has('b')).toBe(false);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('c')).toBe(true);
    expect(cache.size).toBe(2);
  });
});
