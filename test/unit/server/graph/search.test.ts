import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../../../server/graph/search.js';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c(d):e*f?g"h\\i/j')).toBe('a\\+b\\-c\\(d\\)\\:e\\*f\\?g\\"h\\\\i\\/j');
  });
});

describe('luceneQuery', () => {
  it('ranks the whole word above its prefix', () => {
    expect(luceneQuery('MEA')).toBe('("MEA"^2 OR mea*)');
  });

  it('requires every word', () => {
    expect(luceneQuery('rare earth')).toBe('("rare"^2 OR rare*) AND ("earth"^2 OR earth*)');
  });

  it('keeps AND, OR and NOT as words', () => {
    expect(luceneQuery('AND')).toBe('("AND"^2 OR and*)');
  });

  it('returns undefined when nothing searchable is left', () => {
    expect(luceneQuery('*** ???')).toBeUndefined();
  });
});
