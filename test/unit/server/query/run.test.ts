import { describe, expect, it } from 'vitest';
import { errorPosition, shiftPosition } from '../../../../server/query/run.js';

describe('errorPosition', () => {
  it("reads Neo4j's line, column and offset", () => {
    expect(errorPosition("Invalid input 'LIMT' (line 2, column 10 (offset: 19))")).toEqual({
      line: 2,
      column: 10,
      offset: 19,
    });
  });

  it('returns undefined when the message has no position', () => {
    expect(errorPosition('Something else')).toBeUndefined();
  });
});

describe('shiftPosition', () => {
  it('moves a first-line position back by the prefix length', () => {
    expect(shiftPosition({ line: 1, column: 20, offset: 19 }, 8)).toEqual({
      line: 1,
      column: 12,
      offset: 11,
    });
  });

  it('keeps the column on later lines, where the prefix is not', () => {
    expect(shiftPosition({ line: 3, column: 4, offset: 40 }, 8)).toEqual({
      line: 3,
      column: 4,
      offset: 32,
    });
  });
});
