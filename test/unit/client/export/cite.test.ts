import { Cite, type CslItem } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citationFile, formatted } from '../../../../client/src/export/cite.js';
import { toCsl } from '../../../../client/src/export/citations.js';
import { all, dated, inferred, untitled } from './sources.js';

const items = all.map(toCsl);
/** What citation-js reads back, keyed by title, without its own bookkeeping. */
const readBack = (file: string) =>
  new Map(new Cite(file).data.map((d: CslItem) => [d.title, d] as const));

describe('citation files', () => {
  it('writes CSL-JSON that reads back to the same items', () => {
    const back = new Cite(JSON.parse(citationFile(items, 'csl-json'))).data;
    expect(back.map(({ _graph, ...d }) => d)).toEqual(items);
  });

  it('writes RIS that reads back with title, outlet, year and note', () => {
    const file = citationFile(items, 'ris');
    expect(file).toMatch(/^TY {2}- NEWS$/m);
    const back = readBack(file).get(inferred.name);
    expect(back).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Hill Courier',
      issued: { 'date-parts': [[2025]] },
      note: 'Date inferred. Cites: Wire One, Wire Two.',
    });
  });

  it('writes BibTeX that reads back with title, outlet, full date and note', () => {
    const back = readBack(citationFile(items, 'bibtex'));
    expect(back.get(dated.name)).toMatchObject({
      'container-title': 'Daily Ledger',
      issued: { 'date-parts': [[2025, 10, 31]] },
    });
    expect(back.get(`[${untitled.name}]`)).toMatchObject({
      issued: { 'date-parts': [[2025, 8]] },
      note: 'Outlet not named.',
    });
  });
});

describe('formatted citations', () => {
  it('formats APA with the date at its precision and "ca." where it was inferred', () => {
    expect(formatted(items, 'apa').split('\n')).toEqual([
      'Exports resume after talks. (ca. 2025, June 12). Hill Courier.',
      'Ministry confirms licences for magnet imports. (2025, October 31). Daily Ledger.',
      '[Official on import talks (New Delhi)]. (2025, August). [No headline printed].',
    ]);
  });

  it('formats Chicago by outlet, with quoted headlines and an unquoted description', () => {
    expect(formatted(items, 'chicago').split('\n')).toEqual([
      'Daily Ledger. “Ministry confirms licences for magnet imports.” October 31, 2025.',
      'Hill Courier. “Exports resume after talks.” c. June 12, 2025.',
      '[Official on import talks (New Delhi)]. August 2025.',
    ]);
  });
});
