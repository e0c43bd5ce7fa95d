// How reading a large sheet into the loader's statements costs in time and
// memory: a generated nodes.csv of N rows (default 200,000) and an edges.csv
// of as many rows, read by the importer as npm run seed reads them, then
// every data statement the load would run made and dropped, as the loader
// takes them (no Neo4j: the load itself is the loader's, measured by the
// other benches). Peak RSS is sampled every 50 ms; the progress reports the
// first read makes are counted. Figures (before and after the two-pass
// import) are in docs/bench/import-stream.md. Usage: npx tsx bench/import-rows.ts [rows] [--xlsx]
// (--xlsx: the same two sheets in one workbook, written by exceljs's streaming writer).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readImportDataset } from '../server/import/dataset.js';

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 200_000);
const asWorkbook = args.includes('--xlsx');
const dir = mkdtempSync(path.join(os.tmpdir(), 'import-rows-'));
/** The two sheets as one workbook, written row by row. */
async function writeWorkbook(nodes: string[], edges: string[]): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path.join(dir, 'sheets.xlsx'),
    useSharedStrings: false,
  });
  for (const [name, lines] of [
    ['nodes', nodes],
    ['edges', edges],
  ] as const) {
    const sheet = book.addWorksheet(name);
    for (const line of lines) sheet.addRow(line.split(',')).commit();
    sheet.commit();
  }
  await book.commit();
}

/** The sheets written and their text dropped before anything is measured. */
async function writeSheets(): Promise<void> {
  const nodes = ['Id,Label,Type,Founded,Capacity'];
  for (let i = 0; i < rows; i++) {
    nodes.push(
      `n${i},Firm ${i},${i % 3 === 0 ? 'Company' : 'Person'},2025-0${1 + (i % 9)},${i % 997}`,
    );
  }
  const edges = ['From,To,Type'];
  for (let i = 0; i < rows; i++) edges.push(`n${i},n${(i * 7 + 1) % rows},supplies`);
  if (asWorkbook) return writeWorkbook(nodes, edges);
  writeFileSync(path.join(dir, 'nodes.csv'), nodes.join('\n'));
  writeFileSync(path.join(dir, 'edges.csv'), edges.join('\n'));
}

try {
  await writeSheets();
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
