import type { LoadResult } from './loader.js';

function table(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `    ${k.padEnd(width)}  ${v}`).join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// The dataset is named by its identity (the manifest's id, or the folder's
// name and a digest of its path): the one a reload replaces. Its title is
// already in the start-up banner above this line.
/** A load summary for the terminal: counts by label and type, and the time taken. */
export function formatLoadResult(r: LoadResult): string {
  const nodes = Object.values(r.nodesByLabel).length;
  const head = r.skipped
    ? `Dataset "${r.dataset}" unchanged since the last load: kept the graph on disk (${r.millis} ms).`
    : `Loaded dataset "${r.dataset}": ${plural(r.statements, 'statement')} in ${r.millis} ms.`;
  return `${head}\n  Nodes by label (${nodes} labels):\n${table(r.nodesByLabel)}\n  Relationships by type:\n${table(r.relationshipsByType)}`;
}
