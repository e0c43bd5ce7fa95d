import { describe, expect, it } from 'vitest';
import {
  editDistance,
  escapeLucene,
  luceneQuery,
  matchKind,
  rankHits,
  searchTerms,
  typoDistance,
  wordForms,
} from '../../../../server/graph/search.js';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c(d):e*f?g"h\\i/j')).toBe('a\\+b\\-c\\(d\\)\\:e\\*f\\?g\\"h\\\\i\\/j');
  });
});

describe('luceneQuery', () => {
  it('ranks the word above its other forms, its prefix and a typo', () => {
    expect(luceneQuery('MEA')).toBe('(mea^4 OR mea*^1.5)');
    expect(luceneQuery('Jaiswall')).toBe(
      '(jaiswall^4 OR jaiswalls^2 OR jaiswall*^1.5 OR jaiswall~2)',
    );
  });

  it('requires every word, in any order; the second try asks for any', () => {
    expect(luceneQuery('rare earth')).toBe(
      '(rare^4 OR rares^2 OR rare*^1.5 OR rare~1) AND (earth^4 OR earths^2 OR earth*^1.5 OR earth~1)',
    );
    expect(luceneQuery('rare earth', [], true)).toContain(') OR (');
  });

  it('keeps AND, OR and NOT as words (lower-case is never an operator)', () => {
    expect(luceneQuery('AND')).toBe('(and^4 OR and*^1.5)');
  });

  it('searches the other spelling and the synonyms of a word', () => {
    const q = luceneQuery('license', [['spokesman', 'spokesperson']]) ?? '';
    expect(q).toContain('licence^2');
    expect(luceneQuery('spokesman', [['spokesman', 'spokesperson']])).toContain('spokesperson^2');
  });

  it('returns undefined when nothing searchable is left (punctuation, emoji)', () => {
    expect(luceneQuery('*** ???')).toBeUndefined();
    expect(luceneQuery('🧲')).toBeUndefined();
    expect(luceneQuery('🧲 magnets')).toBe(luceneQuery('magnets'));
  });
});

describe('the words a search tries', () => {
  it.each([
    ['license', 'licence'],
    ['licences', 'licenses'],
    ['colour', 'color'],
    ['organised', 'organized'],
    ['centre', 'center'],
    ['companies', 'company'],
  ])('%s is searched as %s too', (word, other) => {
    expect(wordForms(word)).toContain(other);
  });

  it('leaves short words alone: four is not for', () => {
    expect(wordForms('four')).not.toContain('for');
  });

  it('adds every word of a synonym group, singular and plural', () => {
    expect(wordForms('spokesman', [['Spokesman', 'spokesperson']])).toEqual(
      expect.arrayContaining(['spokesperson', 'spokespersons']),
    );
  });

  it('splits on anything but letters and digits, and keeps ten words', () => {
    expect(searchTerms('🧲 Rare-earth, MAGNETS!')).toEqual(['rare', 'earth', 'magnets']);
    expect(searchTerms('a '.repeat(30))).toHaveLength(10);
  });

  it('allows a typo by the length of the word', () => {
    expect([typoDistance('mea'), typoDistance('modi'), typoDistance('jaiswall')]).toEqual([
      0, 1, 2,
    ]);
    expect(editDistance('jaiswall', 'jaiswal')).toBe(1);
    expect(editDistance('modi', 'xiao', 1)).toBe(2);
  });
});

describe('matchKind', () => {
  it.each([
    ['Modi', ['Narendra Modi', 'Modi'], 'exact'],
    ['wang yi', ['Wang Yi'], 'exact'],
    ['Jais', ['Randhir Jaiswal', 'Jaiswal'], 'prefix'],
    ['Wang Yi', ['Jaishankar–Wang Yi meeting in Beijing'], 'word'],
    ['ang', ['Wang Yi'], 'text'],
    ['Yi Wang', ['Wang Yi'], 'word'],
    ['MEA spokesman', ['Randhir Jaiswal', 'MEA spokesperson'], 'word'],
    ['Jaiswall', ['Randhir Jaiswal'], 'word'],
  ] as const)('%j against %j is %s', (q, names, kind) => {
    expect(matchKind(q, [...names], [['spokesman', 'spokesperson']])).toBe(kind);
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

  it('puts the event before the figure that counts it, and a word as typed before its other forms', () => {
    const ranked = rankHits(
      'licences',
      [
        hit('f', 'Indian firms granted licences: four', ['Figure'], 9),
        hit('c', 'Export licence required', ['Condition'], 8),
        hit('e', 'China grants licences to Indian firms', ['Event'], 4),
      ],
      { ...roles, figureLabel: 'Figure' },
    );
    expect(ranked.map((h) => h.id)).toEqual(['e', 'f', 'c']);
  });
});
