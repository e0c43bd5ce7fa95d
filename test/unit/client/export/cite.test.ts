import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { citationFile, formatted } from '../../../../client/src/export/cite.js';
import { toCsl } from '../../../../client/src/export/citations.js';
import { all, dated, inferred, unnamedOutlet, untitled } from './sources.js';

const items = all.map(toCsl);
const withLong = [...all, unnamedOutlet].map(toCsl);
/** What citation-js's own input plugins read back, keyed by id, without their bookkeeping. */
const readBack = (file: string) =>
  new Map(
    new Cite(file).data.map(({ _graph, ...d }: CslItem & { _graph?: unknown }) => [
      String(d.id),
      d,
    ]),
  );
const key = (id: string) => id.replace(/[^A-Za-z0-9]/g, '');

describe('citation files', () => {
  it('writes CSL-JSON that reads back to the same items', () => {
    const back = new Cite(JSON.parse(citationFile(withLong, 'csl-json'))).data;
    expect(back.map(({ _graph, ...d }) => d)).toEqual(withLong);
  });

  it('writes RIS one tag a line, never wrapped, that reads back field by field', () => {
    const file = citationFile(withLong, 'ris');
    // Every line is a tag line or the blank line between records.
    for (const line of file.split('\n'))
      expect(line).toMatch(/^([A-Z][A-Z0-9] {2}- .*|ER {2}- |)$/);
    expect(file).toContain(`TI  - ${unnamedOutlet.name}\n`);
    const back = readBack(file);
    for (const item of withLong) {
      const b = back.get(String(item['citation-key']));
      expect(b?.type).toBe('article-newspaper');
      expect(b?.title).toBe(item.title);
      expect(b?.['container-title']).toBe(item['container-title']);
      expect(b?.note).toBe(item.note);
      // citation-js reads a NEWS record's year from PY; the day stands in DA.
      expect(b?.issued).toEqual({ 'date-parts': [[dateOf(item)[0]]] });
    }
    expect(file).toContain('DA  - 2025/10/31/\n');
    expect(file).toContain('DA  - 2025/08//\n');
    expect(back.get(key(inferred.id))?.note).toBe('Date inferred. Cites: Wire One, Wire Two.');
  });

  it('writes BibLaTeX with valid fields and the date at its precision, that reads back field by field', () => {
    const file = citationFile(withLong, 'bibtex');
    expect(file).not.toMatch(/\b(month|genre|type)\s*=|\{\{/i);
    expect(file).toContain('date = {2025-10-31}');
    const back = readBack(file);
    for (const item of withLong) {
      const b = back.get(String(item['citation-key']));
      expect(b?.title).toBe(item.title);
      expect(b?.['container-title']).toBe(item['container-title']);
      expect(b?.note).toBe(item.note);
      expect(b?.issued).toEqual({ 'date-parts': [dateOf(item)] });
    }
    // An untitled report with no outlet is a @misc, with nothing made up in its fields.
    expect(file).toMatch(
      /@misc\{src100,\n {2}title = \{\[Official on import talks \(New Delhi\)\]\},/,
    );
    expect(back.get(key(dated.id))?.issued).toEqual({ 'date-parts': [[2025, 10, 31]] });
    expect(back.get(key(untitled.id))?.issued).toEqual({ 'date-parts': [[2025, 8]] });
  });
});

function dateOf(item: CslItem): number[] {
  return item.issued?.['date-parts']?.[0] ?? [];
}

describe('formatted citations', () => {
  it('formats APA with the date at its precision and "ca." where it was inferred', () => {
    expect(formatted(items, 'apa').split('\n')).toEqual([
      'Exports resume after talks. (ca. 2025, June 12). Hill Courier.',
      'Ministry confirms licences for magnet imports. (2025, October 31). Daily Ledger.',
      // APA for an untitled work: its description in brackets where the title goes; no outlet, no placeholder.
      '[Official on import talks (New Delhi)]. (2025, August).',
    ]);
  });

  it('formats APA and Chicago for a report whose outlet is not named: the title leads, nothing stands in for the outlet', () => {
    const one = [toCsl(unnamedOutlet)];
    expect(formatted(one, 'apa')).toBe(`${unnamedOutlet.name}. (ca. 2025, October 31).`);
    expect(formatted(one, 'chicago')).toBe(`“${unnamedOutlet.name}.” c. October 31, 2025.`);
  });

  it('formats Chicago by outlet, with quoted headlines and an unquoted description', () => {
    expect(formatted(items, 'chicago').split('\n')).toEqual([
      'Daily Ledger. “Ministry confirms licences for magnet imports.” October 31, 2025.',
      'Hill Courier. “Exports resume after talks.” c. June 12, 2025.',
      '[Official on import talks (New Delhi)]. August 2025.',
    ]);
  });
});
