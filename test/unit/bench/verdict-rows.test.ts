import { describe, expect, it } from 'vitest';
import {
  fixedCostMs,
  verdictOf,
  verdictRow,
  verdictsSection,
  type VerdictCase,
} from '../../../bench/verdict-rows.js';

const timing = (p50: number, p99: number) => ({ samples: 60, p50, p99 });
const hits = (dbHits: number) => [{ dbHits }];
const run = (over: Partial<VerdictCase> = {}): VerdictCase => ({
  name: 'node detail',
  node: 'leaf',
  profile: hits(80),
  api: timing(5, 10),
  driver: timing(4.5, 9),
  bytes: 800,
  ...over,
});

describe('bench verdicts', () => {
  it('meets the targets within 1.3× p50, 2× p99 and 1.5× db hits', () => {
    expect(verdictOf(run(), run({ profile: hits(60) }))).toBe('met');
  });

  it('gives a small answer over its p50 target the fixed cost of a request, in milliseconds', () => {
    expect(verdictOf(run({ api: timing(8.2, 10) }), undefined, 3)).toBe(
      'p50 over 1.3× (3.7 ms more on a 4.5 ms query: the fixed cost of a request (the HTTP hop, Express, validation; 3.0 ms in this run))',
    );
  });

  it("puts the rest of a big answer's extra time down to writing it, naming its size", () => {
    const big = run({ name: 'timeline', node: undefined, bytes: 1024 * 1024, api: timing(20, 18) });
    expect(verdictOf(big, undefined, 3)).toBe(
      'p50 over 1.3× (15.5 ms more: the fixed cost of a request (3.0 ms), the rest decoding the rows and writing 1024 KiB as JSON and gzip)',
    );
  });

  it('says so when a small answer costs more than the fixed cost explains', () => {
    expect(verdictOf(run({ api: timing(12, 10) }), undefined, 3)).toContain(
      "beyond the fixed cost of a request (3.0 ms) by more than this run's figures explain",
    );
  });

  it('says an answer kept per load pays one query checking the load', () => {
    const overview = run({ name: 'overview', node: undefined, api: timing(6.4, 9) });
    expect(verdictOf(overview, undefined)).toContain(
      'kept per load, its only query the check that the load is unchanged',
    );
  });

  it("takes the run's fixed cost from the median extra time of its small answers", () => {
    const small = [1, 2, 3, 9].map((extra) => run({ api: timing(4.5 + extra, 10) }));
    const kept = run({ name: 'overview', api: timing(50, 60) });
    const big = run({ bytes: 100 * 1024, api: timing(80, 90) });
    expect(fixedCostMs([...small, kept, big])).toBe(2);
  });

  it('names a p99 miss with both times and growing db hits with their ratio', () => {
    expect(verdictOf(run({ api: timing(5, 30) }), run({ profile: hits(20) }))).toBe(
      'p99 over 2× (30.0 ms against 9.0 ms; of 60 samples the p99 is the slowest one or two); db hits grow 4.00× from medium (db-hits.md says what grows)',
    );
  });

  it('writes a failed case as failed, without ratios', () => {
    expect(verdictRow(run({ error: 'QUERY_TIMEOUT' }), undefined)).toBe(
      '| node detail (leaf) | – | – | – | failed: QUERY_TIMEOUT |',
    );
  });

  it('counts the endpoints that meet every target, and states the load', () => {
    const section = verdictsSection('large', [run(), run({ api: timing(9, 10) })], [run()], '1.1');
    expect(section).toContain(
      '1 of 2 endpoints meet all three. Load average (1 min) during the run: 1.1.',
    );
    expect(section.split('\n').filter((l) => l.startsWith('| node detail'))).toHaveLength(2);
  });
});
