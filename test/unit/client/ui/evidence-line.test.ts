// The words under a chain link, a path step or a figure: quotation marks only
// around a report's own words, a non-stated basis plainly marked with its note.
import { describe, expect, it } from 'vitest';
import { claimFlag } from '../../../../client/src/ui/claims.js';
import {
  evidenceLine,
  figureEvidence,
  linkEvidence,
  stepSentence,
  whereText,
} from '../../../../client/src/ui/evidence-line.js';

const link = {
  basis: null,
  quote: null,
  quoteSource: null,
  paragraph: null,
  note: null,
  description: null,
  sources: ['src:002'],
};

describe('linkEvidence', () => {
  it('gives a stated link its quote and the report and paragraph the quote is from', () => {
    const line = linkEvidence({
      ...link,
      basis: 'stated',
      quote: 'after two days of negotiations',
      quoteSource: 'src:002',
      paragraph: 7,
      sources: ['src:001', 'src:002'],
    });
    expect(line).toEqual({
      kind: 'stated',
      quote: 'after two days of negotiations',
      label: 'stated',
      where: 'src:002, paragraph 7',
    });
  });

  it('counts a quote without a basis as stated, from the only report cited', () => {
    const line = linkEvidence({ ...link, quote: 'the words', paragraph: 3 });
    expect([line.kind, line.where]).toEqual(['stated', 'src:002, paragraph 3']);
  });

  it('marks an inferred link "inferred: <note>", its note never taken for the quote', () => {
    const line = linkEvidence({ ...link, basis: 'inferred', note: 'order only, from the dates' });
    expect(line).toEqual({
      kind: 'inferred',
      quote: null,
      label: 'inferred: order only, from the dates',
      where: 'src:002',
    });
  });

  it('keeps the span an inferred reading rests on as its quote, beside the note', () => {
    const line = linkEvidence({ ...link, basis: 'inferred', quote: 'a span', note: 'read as X' });
    expect([line.quote, line.label]).toEqual(['a span', 'inferred: read as X']);
  });

  it('falls back on the description when an inferred link has no note', () => {
    expect(linkEvidence({ ...link, basis: 'inferred', description: 'our reading' }).label).toBe(
      'inferred: our reading',
    );
  });

  it('marks a background link "background: <note>" and drops any quote it carries', () => {
    const line = linkEvidence({ ...link, basis: 'background', quote: 'stray', note: 'an atlas' });
    expect([line.quote, line.label]).toEqual([null, 'background: an atlas']);
  });

  it('says the basis is not given when a link has neither basis nor quote', () => {
    expect(linkEvidence(link)).toMatchObject({ kind: 'unknown', label: 'basis not given' });
  });
});

describe('whereText', () => {
  it('names the paragraph only with one report', () => {
    expect(whereText(['src:001'], 4)).toBe('src:001, paragraph 4');
    expect(whereText(['src:001', 'src:003'], 4)).toBe('src:001, src:003');
    expect(whereText([], 4)).toBeNull();
  });
});

describe('evidenceLine', () => {
  it('treats a blank quote as no quote', () => {
    expect(
      evidenceLine({ basis: 'inferred', quote: '  ', note: 'n', reports: [], paragraph: null }),
    ).toMatchObject({ quote: null, where: null });
  });
});

describe('stepSentence', () => {
  const step = { from: { id: 'a', name: 'Ada' }, to: { id: 'b', name: 'Ledger' }, type: 'WROTE' };
  it('reads a step in the relationship’s own direction', () => {
    expect(stepSentence({ ...step, forward: true })).toBe('Ada wrote Ledger');
    expect(stepSentence({ ...step, forward: false })).toBe('Ledger wrote Ada');
  });
});

describe('figureEvidence', () => {
  it('gives a figure the sentence it comes from, its basis, outlet, report and paragraph', () => {
    const line = figureEvidence({
      id: 'src:001',
      outlet: 'Business Today',
      basis: 'stated',
      quote: 'around 70 per cent',
      note: null,
      locator: { paragraph: 9 },
    });
    expect(line).toEqual({
      kind: 'stated',
      quote: 'around 70 per cent',
      label: 'stated',
      where: 'Business Today, src:001, paragraph 9',
    });
  });
});

describe('claimFlag', () => {
  it('flags a figure that another of its quantity contradicts', () => {
    expect(claimFlag({ disagrees: true }, true)?.text).toBe('disagrees');
  });

  it('tells a figure in a disagreeing topic that no figure of its own quantity contradicts it', () => {
    expect(claimFlag({ disagrees: false }, true)?.text).toBe('no conflict');
  });

  it('flags nothing in a topic without disagreement', () => {
    expect(claimFlag({ disagrees: false }, false)).toBeNull();
  });
});
