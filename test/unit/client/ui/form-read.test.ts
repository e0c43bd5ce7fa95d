// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ChainQuery, PathsQuery } from '../../../../contract/index.js';
import { defaultOf, readValue, unionSelect } from '../../../../client/src/ui/form-read.js';

describe('readValue', () => {
  it('parses a select value into the contract union', () => {
    expect(readValue(PathsQuery.shape.mode, 'shortest')).toBe('shortest');
  });

  it("falls back to the contract's default for a value the schema refuses", () => {
    expect(readValue(PathsQuery.shape.hubDegree, '0')).toBe(defaultOf(PathsQuery.shape.hubDegree));
    expect(readValue(ChainQuery.shape.direction, 'sideways')).toBe('both');
  });
});

describe('unionSelect', () => {
  it('offers each member with its words and selects the one asked for', () => {
    const s = unionSelect<'both' | 'causes'>(
      'Direction',
      { both: 'Both', causes: 'Causes' },
      'causes',
    );
    expect([...s.options].map((o) => [o.value, o.text])).toEqual([
      ['both', 'Both'],
      ['causes', 'Causes'],
    ]);
    expect(s.value).toBe('causes');
  });
});
