// The evidence rule as pure functions: what each kind of row is refused for.
import { describe, expect, it } from 'vitest';
import {
  dateFindings,
  relationshipFindings,
  wordingPrecision,
  type DateRow,
  type RelationshipRow,
} from '../../../../server/loader/evidence-rules.js';

const texts = new Map([
  ['r1', 'Headline\nThe storm led to the closure of the pier.\n'],
  ['r2', 'Other\nTraders were relieved in March.\n'],
]);
const ctx = { causalTypes: ['LED_TO'], texts };
const row = (over: Partial<RelationshipRow>): RelationshipRow => ({
  from: 'a',
  type: 'IN',
  to: 'b',
  provenanceSource: null,
  sources: ['r1'],
  quote: null,
  quoteSource: null,
  paragraph: null,
  basis: null,
  note: null,
  ...over,
});
const rules = (r: RelationshipRow) => relationshipFindings(r, ctx).map((f) => f.rule);
const date = (over: Partial<DateRow>): DateRow => ({
  id: 'e',
  date: '2025-03-01',
  precision: 'month',
  inferred: true,
  inferredFrom: 'in March',
  precisionFrom: null,
  ...over,
});

describe('relationshipFindings', () => {
  it('accepts a verbatim span (stated by default) and a non-stated basis with its note', () => {
    expect(rules(row({ quote: 'The storm led to the closure', paragraph: 2 }))).toEqual([]);
    expect(rules(row({ basis: 'inferred', note: 'read from the order' }))).toEqual([]);
    expect(rules(row({ basis: 'background', note: 'a map' }))).toEqual([]);
  });

  it('refuses a relationship without evidence, a non-stated basis without a note, background with a quote', () => {
    expect(rules(row({}))).toEqual(['relationship-has-evidence']);
    expect(rules(row({ basis: 'stated' }))).toEqual(['relationship-has-evidence']);
    expect(rules(row({ basis: 'inferred' }))).toEqual(['relationship-has-evidence']);
    expect(rules(row({ basis: 'background', note: 'x', quote: 'The storm' }))).toEqual([
      'relationship-has-evidence',
    ]);
    expect(rules(row({ basis: 'guessed', note: 'x' }))).toEqual(['basis-is-known']);
  });

  it('refuses a causal link without a stated span', () => {
    expect(rules(row({ type: 'LED_TO', basis: 'inferred', note: 'order' }))).toEqual([
      'causal-link-is-stated',
    ]);
    expect(rules(row({ type: 'LED_TO', quote: 'The storm led to the closure' }))).toEqual([]);
  });

  it('refuses a span not in its report or paragraph, saying where it is when another report has it', () => {
    expect(rules(row({ quote: 'The storm caused the closure' }))).toEqual(['span-is-verbatim']);
    const para = relationshipFindings(row({ quote: 'The storm', paragraph: 1 }), ctx);
    expect(para.map((f) => f.fix)).toEqual(['write paragraph: 2']);
    const moved = relationshipFindings(row({ quote: 'relieved in March' }), ctx);
    expect(moved.map((f) => [f.rule, f.fix])).toEqual([
      ['span-is-in-cited-report', "write quoteSource: 'r2', paragraph: 2 (and list r2 in sources)"],
    ]);
  });
});

describe('dateFindings', () => {
  it('reads the precision wording gives', () => {
    expect(wordingPrecision('"on Thursday"')).toBe('day');
    expect(wordingPrecision('"On April 4" (004)')).toBe('day');
    expect(wordingPrecision('"in October last year"')).toBe('month');
    expect(wordingPrecision('"this week"')).toBe('year');
    expect(wordingPrecision('"over the past few months"')).toBe('year');
  });

  it('refuses a month or year not on its first day, and a date finer than its wording', () => {
    expect(dateFindings(date({}))).toEqual([]);
    expect(dateFindings(date({ date: '2025-04-04' })).map((f) => f.fix)).toEqual([
      "write date: date('2025-04-01') (a month is stored on its first day)",
    ]);
    expect(dateFindings(date({ date: '2025-06-01', precision: 'year' }))[0]?.rule).toBe(
      'date-on-first-day',
    );
    const fine = dateFindings(
      date({ date: '2025-10-26', precision: 'day', inferredFrom: '"this week"' }),
    );
    expect(fine.map((f) => f.rule)).toEqual(['date-no-finer-than-wording']);
    // ... unless the row says where the precision comes from.
    expect(
      dateFindings(
        date({
          date: '2025-10-26',
          precision: 'day',
          inferredFrom: '"this week"',
          precisionFrom: 'a timetable',
        }),
      ),
    ).toEqual([]);
  });
  it('holds any dated property to the same rules, naming the property and its companions', () => {
    const end = dateFindings(date({ property: 'endDate', date: '2024-10-31' }));
    expect(end.map((f) => [f.rule, f.subject, f.fix])).toEqual([
      [
        'date-on-first-day',
        { node: 'e', property: 'endDate' },
        "write endDate: date('2024-10-01') (a month is stored on its first day)",
      ],
    ]);
    const from = dateFindings(
      date({
        property: 'effectiveFrom',
        date: '2025-04-04',
        precision: 'day',
        inferredFrom: 'in April',
      }),
    );
    expect(from.map((f) => f.fix)).toEqual([
      "write effectiveFromPrecision: 'month' (effectiveFrom on the first day of the month), or say where the day comes from in effectiveFromPrecisionFrom",
    ]);
  });

  it('refuses a dated property without a precision, or with one other than day, month or year', () => {
    const on = { from: 'a', type: 'IN', to: 'b' };
    const none = dateFindings(date({ on, property: 'validUntil', precision: null }));
    expect(none.map((f) => [f.rule, f.subject])).toEqual([
      ['date-has-precision', { ...on, property: 'validUntil' }],
    ]);
    expect(none[0]?.fix).toContain("write validUntilPrecision: 'day', 'month' or 'year'");
    expect(dateFindings(date({ precision: 'quarter' }))[0]?.problem).toBe(
      "datePrecision 'quarter' is not day, month or year",
    );
  });
});
