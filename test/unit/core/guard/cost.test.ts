import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCost } from '../../../../core/guard/cost/check.js';
import { checkAnalystQuery } from '../../../../core/guard/guard.js';

/** The refusal's rule, or the verdict when the query passes. */
function verdict(cypher: string, params: Record<string, unknown> = {}): string {
  try {
    return checkCost(cypher, params);
  } catch (error) {
    const e = error as { code: string; details: { rule?: string } };
    expect(e.code).toBe('QUERY_REFUSED');
    return `refused:${e.details.rule ?? 'other'}`;
  }
}

const tenfold = 's+s+s+s+s+s+s+s+s+s';

describe('the cost check refuses the reported runaways', () => {
  it('refuses reduce over a range whose bound is wrapped in toInteger()', () => {
    expect(verdict('RETURN reduce(a = 0, x IN range(1, toInteger(2e10)) | a + x)')).toBe(
      'refused:size',
    );
  });

  it('refuses a catastrophic regular expression with four open repeats over a long literal', () => {
    expect(verdict(`RETURN '${'a'.repeat(1000)}' =~ '.*.*.*.*b'`)).toBe('refused:regex');
  });

  it('refuses a string grown tenfold by eight WITH clauses', () => {
    const withs = Array.from({ length: 8 }, () => `WITH ${tenfold} AS s`).join(' ');
    expect(verdict(`WITH 'aaaaaaaaaa' AS s ${withs} RETURN size(s)`)).toBe('refused:size');
  });

  it('refuses a comprehension of pairs over a range of 4e8', () => {
    expect(verdict('RETURN size([x IN range(1, toInteger(4e8)) | [x, x]])')).toBe('refused:size');
  });
});

describe('the cost check sees bounds through functions, parameters and variables', () => {
  it.each([
    [
      'a parameter read by index',
      'RETURN reduce(a = 0, x IN range(1, $p[0]) | a + x)',
      { p: [2e10] },
    ],
    ['a variable bound by WITH', 'WITH 400000000 AS n RETURN size([x IN range(1, n) | x])', {}],
    ['arithmetic on literals', 'RETURN size(range(1, 1000 * 1000 * 1000))', {}],
    ['an UNWIND of numbers', 'UNWIND [1e9] AS n RETURN size(range(1, toInteger(n)))', {}],
  ])('refuses a huge range bound through %s', (_name, cypher, params) => {
    expect(verdict(cypher, params)).toBe('refused:size');
  });

  it.each([
    ['a string', "RETURN range(1, toInteger('9999999999'))"],
    ['graph data', 'MATCH (n) RETURN range(1, n.count)'],
    ['a property of a parameter map', 'RETURN size(range(1, $m.n))'],
  ])('refuses a range bound that comes from %s', (_name, cypher) => {
    expect(verdict(cypher, { m: { n: 5 } })).toBe('refused:range-bound');
  });

  it('passes a range bounded by the size of a path', () => {
    expect(verdict('MATCH p = ()-->() RETURN range(0, size(nodes(p)) - 1) AS r')).toBe('bounded');
  });

  it('passes a small range from a parameter', () => {
    expect(verdict('RETURN range(1, $n)', { n: 500 })).toBe('bounded');
  });
});

describe('the cost check bounds string and list growth', () => {
  it('refuses replace() that multiplies a string through WITH clauses', () => {
    const step = "WITH replace(s, 'a', s + s + s + s) AS s";
    expect(verdict(`WITH 'ab' AS s ${step} ${step} ${step} ${step} RETURN s`)).toBe('refused:size');
  });

  it('refuses a list nested by doubling thirty times', () => {
    const steps = Array.from({ length: 30 }, () => 'WITH [l, l] AS l').join(' ');
    expect(verdict(`WITH [1] AS l ${steps} RETURN l`)).toBe('refused:size');
  });

  it('refuses reduce() whose body uses its accumulator twice', () => {
    expect(verdict("RETURN reduce(s = 'x', i IN range(1, 30) | s + s)")).toBe(
      'refused:reduce-growth',
    );
  });

  it('refuses reduce() that grows its accumulator through replace()', () => {
    expect(verdict("RETURN reduce(s = 'x', i IN range(1, 30) | replace(s, 'x', 'xx'))")).toBe(
      'refused:reduce-growth',
    );
  });

  it('refuses nested comprehensions whose sizes multiply', () => {
    expect(verdict('RETURN [x IN range(1, 10000) | [y IN range(1, 10000) | y]]')).toBe(
      'refused:size',
    );
  });

  it('does not let a name rebound in a subquery hide the larger value outside it', () => {
    const grow = Array.from({ length: 7 }, () => `WITH ${tenfold} AS s`).join(' ');
    const cypher = `WITH 'aaaaaaaaaa' AS s CALL { WITH 'a' AS s RETURN 1 AS one } ${grow} RETURN s`;
    expect(verdict(cypher)).toBe('refused:size');
  });
});

describe('the cost check bounds regular expressions', () => {
  it('passes the usual contains-style regex on a name', () => {
    expect(verdict("MATCH (n:Person) WHERE n.name =~ '(?i).*jais.*' RETURN n.name")).toBe(
      'bounded',
    );
  });

  it('refuses three open repeats over graph text', () => {
    expect(verdict("MATCH (n) WHERE n.name =~ '.*a.*b.*c' RETURN n")).toBe('refused:regex');
  });

  it('refuses a nested repeat passed as a parameter inside EXISTS', () => {
    const cypher = 'RETURN EXISTS { MATCH (n) WHERE n.name =~ $r } AS hit';
    expect(() => checkCost(cypher, { r: '(a+)+' })).toThrow(/exponential time/);
  });
});

describe('the cost check leaves ordinary queries alone', () => {
  const dir = path.join(import.meta.dirname, '../../../../cypher/queries');
  const library = readdirSync(dir).filter((f) => f.endsWith('.cypher'));

  it.each(library)('passes the saved query %s', (file) => {
    expect(verdict(readFileSync(path.join(dir, file), 'utf8'))).toBe('bounded');
  });

  it('passes collect() and map projections over the graph', () => {
    expect(verdict('MATCH (n) WITH collect(n.name) AS names RETURN size(names), names[0]')).toBe(
      'bounded',
    );
    expect(verdict('MATCH (n) RETURN n {.name, .id}')).toBe('bounded');
  });

  it('says it could not read a text that is not Cypher, leaving Neo4j to explain it', () => {
    expect(verdict('MATCH (n RETURN n')).toBe('unparsed');
  });

  it('tells the analyst how to rewrite a refused query', () => {
    expect(() => checkAnalystQuery('RETURN range(1, toInteger($p))', { p: '9' })).toThrow(
      /range\(\) needs bounds the check can see: numbers, number parameters, or size\(\)/,
    );
  });
});
