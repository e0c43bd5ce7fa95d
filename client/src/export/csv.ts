// CSV (RFC 4180) of a result table or of the visible graph's nodes.
import type { Graph } from '../../../contract/index.js';

/** Text of any JSON value: strings as they are, everything else as JSON. */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  return JSON.stringify(v) ?? '';
}

export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = scalarText(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** A table cell's text: nodes and relationships from query results show as their names. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return scalarText(v);
  const o = v as Record<string, unknown>;
  if (typeof o['name'] === 'string' && Array.isArray(o['labels'])) return o['name'];
  if (typeof o['type'] === 'string' && 'source' in o && 'target' in o) return `[:${o['type']}]`;
  return JSON.stringify(v);
}

/** The visible nodes as a table: id, labels, name, then every property key met. */
export function nodesCsv(graph: Graph): string {
  const keys = new Set<string>();
  for (const n of graph.nodes) for (const k of Object.keys(n.properties)) keys.add(k);
  keys.delete('id');
  keys.delete('name');
  const cols = ['id', 'labels', 'name', ...[...keys].sort()];
  const rows = graph.nodes.map((n) => ({
    ...n.properties,
    id: n.id,
    labels: n.labels.join(';'),
    name: n.name,
  }));
  return toCsv(cols, rows);
}

/**
 * The visible relationships as a table beside the nodes CSV: id, source and
 * target ids and names, type, then every property key met.
 */
export function edgesCsv(graph: Graph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const keys = new Set<string>();
  for (const e of graph.edges) for (const k of Object.keys(e.properties)) keys.add(k);
  const fixed = ['id', 'source', 'sourceName', 'type', 'target', 'targetName'];
  for (const k of fixed) keys.delete(k);
  const cols = [...fixed, ...[...keys].sort()];
  const rows = graph.edges.map((e) => ({
    ...e.properties,
    id: e.id,
    source: e.source,
    sourceName: names.get(e.source) ?? '',
    type: e.type,
    target: e.target,
    targetName: names.get(e.target) ?? '',
  }));
  return toCsv(cols, rows);
}
