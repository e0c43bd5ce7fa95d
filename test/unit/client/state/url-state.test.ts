import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES } from '../../../../client/src/graph/layouts.js';
import {
  decodeState,
  emptyState,
  encodeState,
  readState,
  unrestoredText,
  PANELS,
  type ViewState,
} from '../../../../client/src/state/url-state.js';
import { METRICS, propertyRule } from '../../../../client/src/graph/style-rules.js';

// Ids as people and hand-edited links make them: any text, commas,
// percent signs and non-Latin letters included, never empty.
const id = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const ids = fc.uniqueArray(id, { maxLength: 4 });
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const places = fc.dictionary(
  id,
  fc.record({
    x: fc.integer({ min: -9999, max: 9999 }),
    y: fc.integer({ min: -9999, max: 9999 }),
  }),
  { maxKeys: 3 },
);

const viewState: fc.Arbitrary<ViewState> = fc.record({
  panel: fc.constantFrom(...PANELS),
  selected: ids,
  expanded: ids,
  hiddenNodes: ids,
  pinned: ids,
  added: ids,
  pinnedAt: places,
  movedAt: places,
  hiddenLabels: ids,
  hiddenTypes: ids,
  statedOnly: fc.boolean(),
  dateFrom: fc.option(day, { nil: undefined }),
  dateTo: fc.option(day, { nil: undefined }),
  asOf: fc.option(day, { nil: undefined }),
  clock: fc.constantFrom('happened' as const, 'reported' as const),
  layout: fc.constantFrom(...LAYOUT_NAMES),
  query: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
  sizeBy: fc.oneof(fc.constantFrom('none' as const, ...METRICS), id.map(propertyRule)),
  colourBy: fc.oneof(fc.constantFrom('kind' as const, ...METRICS), id.map(propertyRule)),
  caption: fc.option(id, { nil: undefined }),
});

describe('the URL state', () => {
  it('round-trips any state through the URL unchanged', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        const back = readState(encodeState(s));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('carries where pinned nodes stand, ids with "~" too, and names a place it cannot read', () => {
    const pinnedAt = { 'country:india': { x: 120, y: -40 }, 'a~b': { x: 0, y: 3 } };
    const url = encodeState({ ...emptyState(), pinned: Object.keys(pinnedAt), pinnedAt });
    expect(readState(url).state.pinnedAt).toEqual(pinnedAt);
    const bad = readState('?at=country%3Aindia~x~1&v=2');
    expect(bad.state.pinnedAt).toEqual({});
    expect(bad.problems).toEqual(['at=country:india~x~1 (not a place like country:india~120~-40)']);
  });

  it('carries expansions, hidden nodes, pins and as-of, with its version', () => {
    const url = encodeState({
      ...emptyState(),
      expanded: ['country:india'],
      hiddenNodes: ['country:china'],
      pinned: ['org:mea-india'],
      asOf: '2025-08-14',
    });
    expect(url).toBe(
      '?exp=country%3Aindia&hide=country%3Achina&pin=org%3Amea-india&asOf=2025-08-14&v=2',
    );
  });

  it('reads a version-1 link (no v) without complaint', () => {
    const r = readState('?exp=country%3Aindia&hideLabels=Person');
    expect(r.problems).toEqual([]);
    expect(r.state.expanded).toEqual(['country:india']);
    expect(r.state.hiddenLabels).toEqual(['Person']);
  });

  it('keeps what it can of a hand-edited link and names what it left out', () => {
    const r = readState('?exp=country%3Aindia&asOf=2025-13-45&layout=spiral&zoom=2&v=9');
    expect(r.state).toEqual({ ...emptyState(), expanded: ['country:india'] });
    expect(r.problems).toHaveLength(4);
    expect(r.problems.join('; ')).toMatch(/version 9.*zoom.*asOf=2025-13-45.*spiral/);
  });

  it('opens an old link without style rules with the default look', () => {
    const r = readState('?exp=country%3Aindia&v=2');
    expect(r.problems).toEqual([]);
    expect(r.state.sizeBy).toBe('none');
    expect(r.state.colourBy).toBe('kind');
    expect(r.state.caption).toBeUndefined();
  });

  it('carries the style rules, a property rule as prop:<name>', () => {
    const url = encodeState({
      ...emptyState(),
      sizeBy: 'degree',
      colourBy: propertyRule('sector'),
      caption: 'role',
    });
    expect(url).toBe('?size=degree&colour=prop%3Asector&caption=role&v=2');
  });

  it('keeps the default look for a hand-edited rule it cannot read, and says so', () => {
    const r = readState('?size=huge&colour=prop%3A&caption=role');
    expect(r.state).toEqual({ ...emptyState(), caption: 'role' });
    expect(r.problems).toEqual([
      'size=huge (not a size rule; nodes keep one size)',
      'colour=prop: (not a colour rule; colours by kind)',
    ]);
  });

  it('carries the stated-only switch as stated=1 and names a value it cannot read', () => {
    const on = { ...emptyState(), statedOnly: true };
    expect(encodeState(on)).toBe('?stated=1&v=2');
    expect(readState('?stated=1&v=2').state.statedOnly).toBe(true);
    expect(readState('?stated=yes&v=2').problems).toEqual(['stated=yes (use 1 or 0)']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(() => decodeState(text)).not.toThrow();
      }),
    );
  });
});

describe('readState on hand-edited links', () => {
  it('names every unknown setting it leaves out and still opens', () => {
    const key = fc.stringMatching(/^[a-z]{3,8}$/).filter((k) => !KNOWN.has(k));
    fc.assert(
      fc.property(key, fc.string({ maxLength: 10 }), (k, v) => {
        const r = readState(`?exp=a&${k}=${encodeURIComponent(v)}`);
        expect(r.state.expanded).toEqual(['a']);
        expect(r.problems.join(' ')).toContain(`"${k}"`);
      }),
    );
  });
});

// Every key the reader knows (a random key that is one of them is not unknown).
const KNOWN = new Set([
  'v',
  'sel',
  'exp',
  'hide',
  'pin',
  'from',
  'to',
  'asof',
  'clock',
  'layout',
  'q',
  'size',
  'colour',
  'caption',
  'add',
  'at',
  'mv',
  'stated',
  'chain',
  'panel',
  'hideLabels',
  'hideTypes',
  'pathFrom',
  'pathTo',
  'asOf',
]);

describe('what a link could not restore', () => {
  it('says nothing when everything was restored', () => {
    expect(unrestoredText([], [])).toBeUndefined();
  });

  it('names a few of many missing ids and counts the rest: one line, not a page', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `person:gone-${i}`);
    const text = unrestoredText([], ids) ?? '';
    expect(text).toBe(
      'Some of this link could not be restored: 200 nodes not in the graph (person:gone-0, person:gone-1, person:gone-2, person:gone-3, person:gone-4 and 195 more).',
    );
  });

  it('names unread parts, failed expansions and missing ids once each', () => {
    const text = unrestoredText(['"zoom"'], ['person:x', 'person:x', 'org:y'], ['country:z']);
    expect(text).toBe(
      'Some of this link could not be restored: "zoom"; expanding country:z failed (reload to try again); 2 nodes not in the graph (person:x, org:y).',
    );
  });
});

describe('the default view spread over a state (Reset)', () => {
  it('clears every rule and range, the caption among them', () => {
    const before = readState(
      '?size=degree&colour=pagerank&caption=description&from=2025-01-01&to=2025-02-01&q=RETURN%201&v=2',
    ).state;
    const after = { ...before, ...emptyState() };
    expect(after.caption).toBeUndefined();
    expect(after.dateFrom).toBeUndefined();
    expect(after.dateTo).toBeUndefined();
    expect(after.query).toBeUndefined();
    expect(encodeState(after)).toBe('');
  });
});
