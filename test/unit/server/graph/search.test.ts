import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, matchKind, rankHits } from '../../../../server/graph/search.js';

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

describe('matchKind', () => {
  it.each([
    ['Modi', ['Narendra Modi', 'Modi'], 'exact'],
    ['wang yi', ['Wang Yi'], 'exact'],
    ['Jais', ['Randhir Jaiswal', 'Jaiswal'], 'prefix'],
    ['Wang Yi', ['Jaishankar–Wang Yi meeting in Beijing'], 'word'],
    ['ang', ['Wang Yi'], 'text'],
  ] as const)('%j against %j is %s', (q, names, kind) => {
    expect(matchKind(q, [...names])).toBe(kind);
  });
});

describe('rankHits', () => {
  const roles = { sourceLabel: 'Source', eventLabel: 'Event' };
  const hit = (
    id: string,
    name: string,
    labels: string[],
    score: number,
    aliases: string[] = [],
  ) => ({
    id,
    name,
    labels,
    score,
    aliases,
    description: null,
  });

  it('puts the exact name before a higher-scoring event that mentions it', () => {
    const ranked = rankHits(
      'Wang Yi',
      [
        hit('m', 'Jaishankar–Wang Yi meeting', ['Event', 'Meeting'], 9),
        hit('p', 'Wang Yi', ['Person'], 3),
      ],
      roles,
    );
    expect(ranked.map((h) => [h.id, h.match])).toEqual([
      ['p', 'exact'],
      ['m', 'word'],
    ]);
  });

  it('lists reports after every entity, whatever their score', () => {
    const ranked = rankHits(
      'licences',
      [hit('s', 'China licences report', ['Source'], 20), hit('e', 'Indian firms', ['Company'], 1)],
      roles,
    );
    expect(ranked.map((h) => [h.id, h.group])).toEqual([
      ['e', 'entity'],
      ['s', 'source'],
    ]);
  });

  it('puts actors before events among word matches', () => {
    const ranked = rankHits(
      'Trump',
      [hit('t', 'Trump–Xi meeting', ['Event'], 5), hit('d', 'Donald Trump', ['Person'], 2)],
      roles,
    );
    expect(ranked[0]?.id).toBe('d');
  });
});
