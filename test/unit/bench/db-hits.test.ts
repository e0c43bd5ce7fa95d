import { describe, expect, it } from 'vitest';
import { report, type Hits } from '../../../bench/db-hits.js';

const hits = (dbHits: number, first: number): Hits => ({ dbHits, first, status: 200, note: '' });
const row = (name: string, medium: Hits, large: Hits) => ({
  name,
  bySize: new Map([
    ['medium', medium],
    ['large', large],
  ] as const),
});
const verdictOf = (table: string, name: string) =>
  table
    .split('\n')
    .find((l) => l.startsWith(`| ${name} |`))
    ?.split('|')
    .at(-2)
    ?.trim();

describe('the db hits summary', () => {
  it("judges a request by its own reads and says beside it when the load's first one grows", () => {
    const table = report(
      [
        row('kept', hits(9, 1_000), hits(9, 5_000)),
        row('bounded', hits(100, 100), hits(140, 140)),
        row('growing', hits(100, 100), hits(300, 300)),
      ],
      ['medium', 'large'],
    );
    expect(verdictOf(table, 'kept')).toBe("within 1.5×; the load's first request grows 5.00×");
    expect(verdictOf(table, 'bounded')).toBe('within 1.5×');
    expect(verdictOf(table, 'growing')).toBe('grows');
  });

  it('has no figure for an endpoint that failed at one size', () => {
    const failed: Hits = { dbHits: null, first: null, status: 504, note: 'timeout' };
    const table = report([row('slow', hits(10, 10), failed)], ['medium', 'large']);
    expect(verdictOf(table, 'slow')).toBe('no figure');
    expect(table).toContain('| slow | 10 | 504 |');
  });
});
