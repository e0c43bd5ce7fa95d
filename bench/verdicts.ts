// npx tsx bench/verdicts.ts --size large [--load "22.3 at start, 23.2 at the end"]
//
// Reads docs/bench/<size>.json (written by npm run bench) and
// docs/bench/medium.json, and writes the "Verdicts" section of
// docs/bench/<size>.md: per endpoint, the API's p50 and p99 against the
// bare driver's (targets 1.3× and 2×) and the database hits against medium
// (target 1.5×). Reads and writes files only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../server/project-paths.js';

interface Case {
  name: string;
  node?: string;
  error?: string;
  profile: { dbHits: number }[];
  api: { p50: number | null; p99: number | null };
  driver: { p50: number | null; p99: number | null };
}

const P50_TARGET = 1.3;
const P99_TARGET = 2;
const HITS_TARGET = 1.5;

const key = (c: Case) => `${c.name}${c.node ? ` (${c.node})` : ''}`;
const hits = (c: Case) => c.profile.reduce((sum, p) => sum + p.dbHits, 0);
const ratio = (a: number | null, b: number | null) => (a && b ? a / b : NaN);
const fmt = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');

/** One table row: the three ratios and what they say against their targets. */
export function verdictRow(c: Case, medium: Case | undefined): string {
  if (c.error) return `| ${key(c)} | – | – | – | failed: ${c.error.slice(0, 80)} |`;
  const p50 = ratio(c.api.p50, c.driver.p50);
  const p99 = ratio(c.api.p99, c.driver.p99);
  const growth = medium ? hits(c) / Math.max(1, hits(medium)) : NaN;
  const misses = [
    p50 > P50_TARGET ? `p50 over ${P50_TARGET}×` : '',
    p99 > P99_TARGET ? `p99 over ${P99_TARGET}×` : '',
    growth > HITS_TARGET ? `db hits grow ${fmt(growth)} from medium` : '',
  ].filter(Boolean);
  const verdict = misses.length === 0 ? 'met' : misses.join('; ');
  return `| ${key(c)} | ${fmt(p50)} | ${fmt(p99)} | ${medium ? `${hits(medium)} → ${hits(c)} (${fmt(growth)})` : '–'} | ${verdict} |`;
}

function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'large' }, load: { type: 'string' } },
  });
  const dir = path.join(projectRoot, 'docs', 'bench');
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as { cases: Case[] };
  const size = values.size ?? 'large';
  const run = read(size);
  const medium = new Map(read('medium').cases.map((c) => [key(c), c]));
  const rows = run.cases.map((c) => verdictRow(c, medium.get(key(c))));
  const met = rows.filter((r) => r.endsWith('| met |')).length;
  const section =
    `## Verdicts\n\n` +
    `Targets: API p50 within ${P50_TARGET}× and p99 within ${P99_TARGET}× of the bare driver (same Cypher, interleaved, both timed from the load client's own process), database hits within ${HITS_TARGET}× of the medium run's (docs/bench/medium.json). ` +
    `${met} of ${rows.length} endpoints meet all three.` +
    (values.load ? ` Load average during the run: ${values.load} on 2 cores.` : '') +
    `\n\n| endpoint | p50 ratio | p99 ratio | db hits medium → ${size} | verdict |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
  const file = path.join(dir, `${size}.md`);
  const text = readFileSync(file, 'utf8').replace(/\n## Verdicts\n[\s\S]*?(?=\n## |$)/, '');
  const at = text.indexOf('\n## API versus bare driver');
  writeFileSync(
    file,
    at < 0 ? `${text}\n${section}` : `${text.slice(0, at)}\n${section}${text.slice(at)}`,
  );
  console.log(section);
}

main();
