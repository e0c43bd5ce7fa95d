// The sources behind what is on screen, as a list a writer can paste.
import type { Graph, SourceSummary } from '../../../contract/index.js';

/** Source ids cited by visible relationships (their `sources` lists) or shown as nodes. */
export function citedSourceIds(
  graph: Graph,
  sourceLabel: string | undefined,
  supportedBy: ReadonlyMap<string, readonly string[]> = new Map(),
): Set<string> {
  const ids = new Set<string>();
  const visible = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges) {
    const s = e.properties['sources'];
    if (Array.isArray(s)) for (const x of s) if (typeof x === 'string') ids.add(x);
  }
  for (const n of graph.nodes) if (sourceLabel && n.labels.includes(sourceLabel)) ids.add(n.id);
  // supportedBy: source id → node ids it supports (from /api/sources/:id).
  for (const [sourceId, nodeIds] of supportedBy)
    if (nodeIds.some((id) => visible.has(id))) ids.add(sourceId);
  return ids;
}

function prop(s: SourceSummary, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = s.properties[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

/** One citation: Outlet, "Title", date. URL — leaving out whatever the source lacks. */
export function citation(s: SourceSummary): string {
  const outlet = prop(s, 'outlet', 'publisher', 'publication');
  const title = prop(s, 'title', 'headline') ?? s.name;
  const date = prop(s, 'date', 'published', 'publishedAt');
  const url = prop(s, 'url', 'link');
  const author = prop(s, 'author', 'byline');
  const parts = [author, outlet, `“${title}”`, date].filter(Boolean).join(', ');
  return url ? `${parts}. ${url}` : `${parts}.`;
}

export function citationList(sources: readonly SourceSummary[], ids: ReadonlySet<string>): string {
  const chosen = sources.filter((s) => ids.has(s.id));
  chosen.sort((a, b) => {
    const da = prop(a, 'date', 'published') ?? '';
    const db = prop(b, 'date', 'published') ?? '';
    return da.localeCompare(db) || a.name.localeCompare(b.name);
  });
  return chosen.map((s, i) => `${i + 1}. ${citation(s)} [${s.id}]`).join('\n');
}
