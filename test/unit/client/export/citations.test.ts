import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  UNTITLED_NOTE,
  citedSourceIds,
  cslItems,
  dateParts,
  toCsl,
} from '../../../../client/src/export/citations.js';
import { sample } from '../fixtures/graph.js';
import { all, dated, inferred, untitled } from './sources.js';

describe('citedSourceIds', () => {
  it('collects ids from relationships and supported nodes', () => {
    const ids = citedSourceIds(sample, 'Source', new Map([['s:9', ['zzz']]]));
    expect([...ids].sort()).toEqual(['s:1', 's:2']);
    expect(citedSourceIds(sample, 'Source', new Map([['s:9', ['a:1']]])).has('s:9')).toBe(true);
  });
});

describe('dateParts', () => {
  it('cuts an ISO date to its precision', () => {
    expect(dateParts('2025-10-31', 'day')).toEqual([2025, 10, 31]);
    expect(dateParts('2025-10-31', 'month')).toEqual([2025, 10]);
    expect(dateParts('2025-10-31', 'year')).toEqual([2025]);
    expect(dateParts('2025-10', undefined)).toEqual([2025, 10]);
    expect(dateParts('soon', 'day')).toBeNull();
  });
});

describe('toCsl', () => {
  it('carries outlet, headline and the date at its precision', () => {
    expect(toCsl(dated)).toEqual({
      id: 'src:101',
      'citation-key': 'src101',
      type: 'article-newspaper',
      title: 'Ministry confirms licences for magnet imports',
      'container-title': 'Daily Ledger',
      issued: { 'date-parts': [[2025, 10, 31]] },
    });
    expect(toCsl(untitled).issued).toEqual({ 'date-parts': [[2025, 8]] });
  });

  it('marks an inferred date as uncertain and says so in the note, with the outlets cited', () => {
    const item = toCsl(inferred);
    expect(item.issued).toEqual({ 'date-parts': [[2025, 6, 12]], circa: true });
    expect(item.note).toBe('Date inferred. Cites: Wire One, Wire Two.');
  });

  it('brackets the description of a report without a headline and leaves out an unnamed outlet', () => {
    const item = toCsl(untitled);
    expect(item.title).toBe('[Official on import talks (New Delhi)]');
    // No placeholder in a data field: the genre and the outlet stay empty, the note says why.
    expect(item.genre).toBeUndefined();
    expect(item['container-title']).toBeUndefined();
    expect(item.note).toBe(`${UNTITLED_NOTE} Outlet not named.`);
  });
});

describe('cslItems', () => {
  it('keeps the chosen sources, oldest first', () => {
    const ids = cslItems(all, new Set(['src:101', 'src:102'])).map((i) => i.id);
    expect(ids).toEqual(['src:102', 'src:101']);
  });
});

/**
 * Background knowledge (a date the reports do not print, resolved from what
 * is generally known) is never a source: it lives in notes (`dateNote` on a
 * node, `note` on a link), and no citation entry may come from it.
 */
describe('background knowledge', () => {
  const event = {
    id: 'ev:1',
    labels: ['Event'],
    name: 'Talks in the capital',
    properties: {
      date: '2025-06-10',
      dateInferred: true,
      dateNote: 'Background knowledge: the talks were held on 9–10 June.',
    },
  };
  const place = { id: 'pl:1', labels: ['Place'], name: 'Harbour city', properties: {} };
  const link = (sources: string[]) => ({
    id: 'ev:1|IN|pl:1',
    source: 'ev:1',
    target: 'pl:1',
    type: 'IN',
    properties: { sources, note: 'venue from background knowledge, not named in the report' },
  });

  it('adds no entry for an event dated from it: only the report behind the link is cited', () => {
    const graph: Graph = { nodes: [event, place], edges: [link(['src:101'])] };
    const items = cslItems(all, citedSourceIds(graph, 'Source'));
    expect(items.map((i) => i.id)).toEqual(['src:101']);
  });

  it('yields no entry for a sources list that names it instead of a report', () => {
    const graph: Graph = { nodes: [event, place], edges: [link(['background knowledge'])] };
    expect(cslItems(all, citedSourceIds(graph, 'Source'))).toEqual([]);
  });

  it('cites a report whose date it resolved once, as that report, without the background note', () => {
    const items = cslItems(all, new Set([inferred.id]));
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toMatch(/background/i);
  });
});
