// How reading a large sheet into the loader's statements costs in time and
// memory: a generated nodes.csv of N rows (default 200,000) and an edges.csv
// of as many rows, read by the importer as npm run seed reads them, then
// every data statement the load would run made and dropped, as the loader
// takes them (no Neo4j: the load itself is the loader's, measured by the
// other benches). Peak RSS is sampled every 50 ms; the progress reports the
// first read makes are counted. Figures (before and after the two-pass
// import) are in docs/bench/import-stream.md. Usage: npx tsx bench/import-rows.ts [rows]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readImportDataset } from '../server/import/dataset.js';

const rows = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'import-rows-'));
/** The sheets written and their text dropped before anything is measured. */
function writeSheets(): void {
  const nodes = ['Id,Label,Type,Founded,Capacity'];
  for (let i = 0; i < rows; i++) {
    nodes.push(
      `n${i},Firm ${i},${i % 3 === 0 ? 'Company' : 'Person'},2025-0${1 + (i % 9)},${i % 997}`,
    );
  }
  writeFileSync(path.join(dir, 'nodes.csv'), nodes.join('\n'));
  const edges = ['From,To,Type'];
  for (let i = 0; i < rows; i++) edges.push(`n${i},n${(i * 7 + 1) % rows},supplies`);
  writeFileSync(path.join(dir, 'edges.csv'), edges.join('\n'));
}

try {
  writeSheets();
  // With NODE_OPTIONS=--expose-gc the sheets' text is collected first, so "before" is the process alone.
  (globalThis as { gc?: () => void }).gc?.();
  writeFileSync(path.join(dir, 'ontology.json'), '{"id": "bench-rows"}');

  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  let reports = 0;
  const imported = await readImportDataset(dir, undefined, () => reports++);
  const readMillis = performance.now() - started;
  let statements = 0;
  let text = 0;
  for (const file of imported.dataset.files) {
    for (const step of file.steps) {
      if (step.kind !== 'data') continue;
      statements++;
      text += step.text.length;
    }
    for await (const step of file.produced?.steps() ?? []) {
      statements++;
      text += step.kind === 'data' ? step.text.length : 0;
    }
  }
  const millis = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (b: number) => (b / 1_048_576).toFixed(0);
  console.log(
    `${rows} node rows + ${rows} edge rows: ${imported.counts.nodes} nodes, ${imported.counts.relationships} relationships, ` +
      `${statements} data statements (${mb(text)} MB of text), ${reports} progress reports, ${imported.streamed ? 'streamed' : 'held'}; ` +
      `read in ${(readMillis / 1000).toFixed(1)} s, statements made by ${(millis / 1000).toFixed(1)} s, peak RSS ${mb(peak)} MB (${mb(base)} MB before), load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
