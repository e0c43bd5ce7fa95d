import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { sourceRef, toSourceRefs } from '../../../../server/graph/evidence.js';
import { node } from '../../../support/fake-graph-context.js';

const report = (id: string, date: string) =>
  node(['Source'], { id, name: id, date, outlet: 'Outlet', file: `${id}.md` });

describe('evidence', () => {
  it('keeps the quote and the analyst note in separate fields', () => {
    const ref = sourceRef(
      { id: 's', name: 's', properties: {} },
      { quote: 'verbatim', note: 'our reading' },
    );
    expect([ref.quote, ref.note]).toEqual(['verbatim', 'our reading']);
  });

  it('orders references oldest first and drops the empty match of an OPTIONAL MATCH', () => {
    const rows = [
      { source: report('s2', '2025-07-01'), quote: null, note: null, paragraph: null },
      { source: null, quote: null, note: null, paragraph: null },
      { source: report('s1', '2025-06-01'), quote: 'q', note: null, paragraph: neo4j.int(3) },
    ];
    expect(toSourceRefs(rows).map((r) => [r.id, r.locator.paragraph])).toEqual([
      ['s1', 3],
      ['s2', null],
    ]);
  });

  it('reads a null column as no references', () => {
    expect(toSourceRefs(null)).toEqual([]);
  });

  it('answers INTERNAL when the rows are not evidence maps', () => {
    expect(() => toSourceRefs([1, 2])).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
  });

  it('reads the small maps of a timeline row, which carry no note', () => {
    const rows = [
      { source: { id: 's', name: 's', properties: { date: '2025-06-01' } }, quote: 'q' },
    ];
    expect(toSourceRefs(rows).map((r) => [r.id, r.quote, r.note])).toEqual([['s', 'q', null]]);
  });
});
