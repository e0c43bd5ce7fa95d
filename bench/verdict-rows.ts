// The verdicts of a bench run, per endpoint: the API's p50 and p99 against
// the bare driver's (targets 1.3× and 2×), the database hits against the
// medium run's (1.5×), and, where a target is missed, by how much and why,
// as far as the run's own figures tell. Pure: the bench's report and the
// verdicts script both call it.
import type { CaseResult } from './phases.js';

export const P50_TARGET = 1.3;
export const P99_TARGET = 2;
export const HITS_TARGET = 1.5;

/** The figures a verdict reads; a run written by an older bench may lack some. */
export type VerdictCase = Pick<CaseResult, 'name' | 'node' | 'error' | 'api'> &
  Partial<Pick<CaseResult, 'bytes'>> & {
    driver: CaseResult['api'];
    profile: { dbHits: number }[];
  };

/** Endpoints answered from what the server keeps per load (read once, sent from memory). */
const KEPT_PER_LOAD = new Set(['overview', 'sources', 'source detail', 'schema']);
/** From this size on, decoding rows and writing JSON and gzip is a visible part of the extra time. */
const BIG_ANSWER_BYTES = 16 * 1024;
/** Extra time within this much of the fixed cost is the fixed cost. */
const FIXED_SLACK_MS = 1.5;

export const caseKey = (c: Pick<CaseResult, 'name' | 'node'>) =>
  `${c.name}${c.node ? ` (${c.node})` : ''}`;
export const dbHits = (c: Pick<VerdictCase, 'profile'>) =>
  c.profile.reduce((sum, p) => sum + p.dbHits, 0);
const ratio = (a: number | null, b: number | null) => (a && b ? a / b : NaN);
const extraMs = (c: VerdictCase) => (c.api.p50 ?? 0) - (c.driver.p50 ?? 0);
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * The run's fixed cost of a request (the HTTP hop, Express, validation):
 * the median extra time of the small answers computed per request.
 */
export function fixedCostMs(cases: VerdictCase[]): number {
  const extras = cases
    .filter((c) => !c.error && !special(c) && (c.bytes ?? 0) < 8 * 1024)
    .map(extraMs)
    .sort((a, b) => a - b);
  return extras[Math.floor((extras.length - 1) / 2)] ?? 0;
}

const special = (c: VerdictCase) => c.name === 'analyst query' || KEPT_PER_LOAD.has(c.name);

/** Why the API's median is over its target: what its extra milliseconds go to. */
function whyP50(c: VerdictCase, fixed: number): string {
  const extra = extraMs(c);
  const kib = ((c.bytes ?? 0) / 1024).toFixed(0);
  const more = `${ms(extra)} more`;
  if (c.name === 'analyst query')
    return `${more}: the query is checked by the guard and run on a worker thread with its own session`;
  if (KEPT_PER_LOAD.has(c.name))
    return `${more}: kept per load, its only query the check that the load is unchanged (what the driver runs); the extra is the fixed cost of a request and sending ${kib} KiB kept gzipped`;
  if (extra <= fixed + FIXED_SLACK_MS)
    return `${more} on a ${ms(c.driver.p50 ?? 0)} query: the fixed cost of a request (the HTTP hop, Express, validation; ${ms(fixed)} in this run)`;
  if ((c.bytes ?? 0) >= BIG_ANSWER_BYTES)
    return `${more}: the fixed cost of a request (${ms(fixed)}), the rest decoding the rows and writing ${kib} KiB as JSON and gzip`;
  return `${more}, beyond the fixed cost of a request (${ms(fixed)}) by more than this run's figures explain`;
}

/** The verdict of one endpoint: "met", or each miss with by how much and why. */
export function verdictOf(c: VerdictCase, medium: VerdictCase | undefined, fixed = 0): string {
  if (c.error) return `failed: ${c.error.slice(0, 80)}`;
  const p50 = ratio(c.api.p50, c.driver.p50);
  const p99 = ratio(c.api.p99, c.driver.p99);
  const growth = medium ? dbHits(c) / Math.max(1, dbHits(medium)) : NaN;
  const misses = [
    p50 > P50_TARGET ? `p50 over ${P50_TARGET}× (${whyP50(c, fixed)})` : '',
    p99 > P99_TARGET
      ? `p99 over ${P99_TARGET}× (${ms(c.api.p99 ?? 0)} against ${ms(c.driver.p99 ?? 0)}; of ${c.api.samples} samples the p99 is the slowest one or two)`
      : '',
    growth > HITS_TARGET
      ? `db hits grow ${times(growth)} from medium (db-hits.md says what grows)`
      : '',
  ].filter(Boolean);
  return misses.length === 0 ? 'met' : misses.join('; ');
}

/** One row of the verdicts table. */
export function verdictRow(c: VerdictCase, medium: VerdictCase | undefined, fixed = 0): string {
  const hits = medium
    ? `${dbHits(medium)} → ${dbHits(c)} (${times(dbHits(c) / Math.max(1, dbHits(medium)))})`
    : '–';
  const figures = c.error
    ? '– | –'
    : `${times(ratio(c.api.p50, c.driver.p50))} | ${times(ratio(c.api.p99, c.driver.p99))}`;
  return `| ${caseKey(c)} | ${figures} | ${hits} | ${verdictOf(c, medium, fixed)} |`;
}

/** The "Verdicts" section of a run's summary; `medium` is the reference run's cases, if any. */
export function verdictsSection(
  size: string,
  cases: VerdictCase[],
  medium: VerdictCase[] | undefined,
  load: string,
): string {
  const reference = new Map((medium ?? []).map((c) => [caseKey(c), c]));
  const fixed = fixedCostMs(cases);
  const rows = cases.map((c) => verdictRow(c, reference.get(caseKey(c)), fixed));
  const met = rows.filter((r) => r.endsWith('| met |')).length;
  const hitsTarget = medium
    ? `, database hits within ${HITS_TARGET}× of the medium run's (docs/bench/medium.json)`
    : '';
  return (
    `## Verdicts\n\n` +
    `Targets: API p50 within ${P50_TARGET}× and p99 within ${P99_TARGET}× of the bare driver (same Cypher, interleaved, both timed from the load client's own process)${hitsTarget}. ` +
    `${met} of ${rows.length} endpoints meet ${medium ? 'all three' : 'both'}. Load average (1 min) during the run: ${load}.\n\n` +
    `| endpoint | p50 ratio | p99 ratio | db hits medium → ${size} | verdict |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`
  );
}
