// npx tsx bench/verdicts.ts --size large [--load "1.1 at the start, 2.1 at the end"]
//
// Writes the "Verdicts" section of docs/bench/<size>.md again from
// docs/bench/<size>.json (and medium.json for the database hits), as
// npm run bench writes it (bench/verdict-rows.ts): for a summary written by
// an older bench, or to state the load in other words. Reads and writes files only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../server/project-paths.js';
import { verdictsSection, type VerdictCase } from './verdict-rows.js';

function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'large' }, load: { type: 'string' } },
  });
  const dir = path.join(projectRoot, 'docs', 'bench');
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as {
      cases: VerdictCase[];
      machine?: { load?: string };
    };
  const size = values.size ?? 'large';
  const run = read(size);
  const medium = size === 'large' ? read('medium').cases : undefined;
  const load = values.load ?? `${run.machine?.load ?? 'unknown'} (1, 5, 15 min) at the end`;
  const section = verdictsSection(size, run.cases, medium, load);
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
