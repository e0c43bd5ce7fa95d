import { describe, expect, it } from 'vitest';
import {
  BOUNDS,
  hasNestedQuantifier,
  nestingDepth,
  paramShape,
} from '../../../../core/guard/bounds.js';
import { checkReadOnlyText } from '../../../../core/guard/guard.js';

const refusal = (cypher: string, params: Record<string, unknown> = {}) => {
  try {
    checkReadOnlyText(cypher, params);
    return undefined;
  } catch (error) {
    return (error as { message: string }).message;
  }
};

describe('checkBoundedText', () => {
  it('refuses a literal range larger than its cap', () => {
    expect(refusal('RETURN range(1, 5000000) AS r')).toMatch(/range\(\) may produce at most/);
  });

  it('allows a small literal range', () => {
    expect(refusal('RETURN size(range(1, 1000)) AS n')).toBeUndefined();
  });

  it('reads a range bound from its parameter', () => {
    expect(refusal('RETURN range(1, $n) AS r', { n: 10_000_000 })).toMatch(/at most/);
    expect(refusal('RETURN range(1, $n) AS r', { n: 10 })).toBeUndefined();
  });

  it('refuses range bounds computed from constants or strings', () => {
    expect(refusal('RETURN range(1, 1000 * 1000 * 1000) AS r')).toMatch(/plain numbers/);
    expect(refusal("RETURN range(1, toInteger('9999999999')) AS r")).toMatch(/from strings/);
  });

  it('lets a range over data through (bounded by the graph)', () => {
    expect(refusal('MATCH p = ()-->() RETURN range(0, size(nodes(p)) - 1) AS r')).toBeUndefined();
  });

  it('refuses reduce over a range larger than the reduce cap', () => {
    expect(
      refusal("WITH reduce(s = '', i IN range(1, 5000000) | s + 'xxxxxxxxxx') AS s RETURN size(s)"),
    ).toMatch(/at most|cannot be stopped/);
    expect(refusal('RETURN reduce(a = 0, x IN range(1, 50000) | a + x) AS t')).toMatch(
      /cannot be stopped/,
    );
  });

  it('refuses reduce whose accumulator is used twice (exponential growth)', () => {
    expect(refusal("RETURN reduce(s = 'x', i IN range(1, 30) | s + s) AS s")).toMatch(
      /exponentially/,
    );
  });

  it('allows an ordinary reduce', () => {
    expect(refusal('RETURN reduce(t = 0, x IN [1, 2, 3] | t + x) AS t')).toBeUndefined();
  });

  it('refuses a catastrophic regular expression', () => {
    expect(refusal("RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){25}' AS m")).toMatch(
      /exponential time/,
    );
  });

  it('refuses a regular expression that is neither a literal nor a parameter', () => {
    expect(refusal('MATCH (n) WHERE n.name =~ n.pattern RETURN n')).toMatch(/string literal/);
  });

  it('checks a regular expression passed as a parameter', () => {
    expect(refusal('MATCH (n) WHERE n.name =~ $re RETURN n', { re: '(a+)+$' })).toMatch(
      /exponential/,
    );
    expect(refusal('MATCH (n) WHERE n.name =~ $re RETURN n', { re: '(?i)wang.*' })).toBeUndefined();
  });

  it('refuses brackets nested past the cap', () => {
    const deep = `RETURN ${'['.repeat(3000)}1${']'.repeat(3000)} AS x`;
    expect(refusal(deep)).toMatch(/nest at most/);
  });

  it('refuses parameters nested past the cap without overflowing the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 30_000; i++) value = [value];
    expect(refusal('RETURN $p AS p', { p: value })).toMatch(/parameters may nest/);
  });
});

describe('hasNestedQuantifier', () => {
  it.each([
    ['(.*a){25}', true],
    ['(a+)+', true],
    ['((ab)*)*', true],
    ['(ab)*', false],
    ['a.*b', false],
    ['[(+)]*', false],
    ['\\(a+\\)+', false],
  ])('%s → %s', (pattern, expected) => {
    expect(hasNestedQuantifier(pattern)).toBe(expected);
  });
});

describe('nestingDepth and paramShape', () => {
  it('measures bracket nesting', () => {
    expect(nestingDepth('RETURN [[{a: (1)}]]')).toBe(4);
  });

  it('stops walking parameters once past the depth cap', () => {
    let value: unknown = 1;
    for (let i = 0; i < 1000; i++) value = { v: value };
    expect(paramShape(value).depth).toBe(BOUNDS.paramDepth + 1);
  });
});

describe('checkBoundedText on nested iteration', () => {
  it('refuses ranges that multiply past the cap inside one expression', () => {
    expect(
      refusal(
        'RETURN reduce(a = 0, x IN range(1, 10000) | a + size([y IN range(1, 100000) | y])) AS t',
      ),
    ).toMatch(/multiply/);
  });

  it('allows two small ranges together', () => {
    expect(
      refusal('RETURN [x IN range(1, 10) | [y IN range(1, 10) | x * y]] AS t'),
    ).toBeUndefined();
  });
});
