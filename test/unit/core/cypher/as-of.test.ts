import { describe, expect, it } from 'vitest';
import { asOfParams, nodeVisible, relationshipVisible } from '../../../../core/cypher/as-of.js';
import { CalendarDate } from '../../../../core/cypher/date.js';

const happened = { clock: 'happened' } as const;

describe('as-of rules', () => {
  it('lets everything through without a date', () => {
    expect([nodeVisible('n', happened), relationshipVisible('r', happened)]).toEqual([
      'true',
      'true',
    ]);
  });

  it('keeps undated nodes on the happened clock', () => {
    expect(nodeVisible('n', { asOf: '2025-06-01', clock: 'happened' })).toBe(
      'n.date IS NULL OR n.date <= $asOf',
    );
  });

  it('dates a node by when it was first reported on the reported clock', () => {
    expect(nodeVisible('e', { asOf: '2025-06-01', clock: 'reported' })).toContain(
      'coalesce(e.firstReported, e.date) <= $asOf',
    );
  });

  it('dates a relationship by validFrom on the happened clock', () => {
    expect(relationshipVisible('r', { asOf: '2025-06-01', clock: 'happened' })).toBe(
      'r.validFrom IS NULL OR r.validFrom <= $asOf',
    );
  });

  it('sends the date as a calendar day, which the driver adapter makes a Neo4j Date', () => {
    const { asOf } = asOfParams({ ...happened, asOf: '2025-06-01' });
    expect(asOf).toBeInstanceOf(CalendarDate);
    expect(String(asOf)).toBe('2025-06-01');
  });

  it('sends null without a date', () => {
    expect(asOfParams(happened)).toEqual({ asOf: null });
  });
});
