import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '../../../../core/http/json-depth.js';

const nested = (levels: number): unknown =>
  JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

describe('nestedDeeperThan', () => {
  it('counts {} as one level and a scalar as none', () => {
    expect([nestedDeeperThan({}, 0), nestedDeeperThan({}, 1), nestedDeeperThan(7, 0)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('accepts a body exactly at the limit and refuses one level more', () => {
    expect([nestedDeeperThan(nested(64), 64), nestedDeeperThan(nested(65), 64)]).toEqual([
      false,
      true,
    ]);
  });

  it('sees depth through arrays and objects mixed', () => {
    expect(nestedDeeperThan({ params: { a: [[{ b: [] }]] } }, 6)).toBe(false);
    expect(nestedDeeperThan({ params: { a: [[{ b: [[]] }]] } }, 6)).toBe(true);
  });

  it('checks 15,000 levels without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(15_000)}${']'.repeat(15_000)}`) as unknown;
    expect(nestedDeeperThan(deep, 64)).toBe(true);
  });
});
