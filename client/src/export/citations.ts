// Which sources lie behind what is on screen, and each as a CSL-JSON item: the
// one record citeproc formats and cite.ts writes as RIS and BibLaTeX.
import type { CslItem } from '@citation-js/core';
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

function text(s: SourceSummary, key: string): string | undefined {
  const v = s.properties[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** The seed writes 'not named' where a report carries no outlet. */
function outlet(s: SourceSummary): string | undefined {
  const o = text(s, 'outlet');
  return o && o.toLowerCase() !== 'not named' ? o : undefined;
}

/** The note an untitled report's entry carries: its title is our description, in brackets. */
export const UNTITLED_NOTE = 'No headline printed: the bracketed title describes the report.';

/** An ISO date cut to its precision: day → [y, m, d], month → [y, m], year → [y]. */
export function dateParts(iso: string | undefined, precision: string | undefined): number[] | null {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!m) return null;
  const parts = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
  const keep = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  return parts.slice(0, keep);
}

function cited(s: SourceSummary): string[] {
  const c = s.properties['citedOutlets'];
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * One source as a CSL-JSON newspaper article. A report printed without a
 * headline gets its descriptive name in square brackets (the APA convention for
 * an untitled work) and a note saying so; no data field (genre, outlet) holds
 * placeholder text. The Chicago template keeps a bracketed title out of
 * quotation marks (see cite.ts): no reader takes it for the report's words.
 */
export function toCsl(s: SourceSummary): CslItem {
  const untitled = s.properties['headlinePrinted'] === false;
  const item: CslItem = {
    id: s.id,
    'citation-key': s.id.replace(/[^A-Za-z0-9]/g, ''),
    type: 'article-newspaper',
    title: untitled ? `[${s.name}]` : s.name,
  };
  const o = outlet(s);
  if (o) item['container-title'] = o;
  const parts = dateParts(text(s, 'date'), text(s, 'datePrecision'));
  const inferred = s.properties['dateInferred'] === true;
  if (parts)
    item.issued = inferred ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
  const notes = [
    untitled ? UNTITLED_NOTE : undefined,
    o ? undefined : 'Outlet not named.',
    parts && inferred ? 'Date inferred.' : undefined,
    cited(s).length ? `Cites: ${cited(s).join(', ')}.` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (notes.length) item.note = notes.join(' ');
  const url = text(s, 'url');
  if (url) item.URL = url;
  const lang = text(s, 'language');
  if (lang) item.language = lang;
  return item;
}

/** The chosen sources as CSL items, oldest first. */
export function cslItems(sources: readonly SourceSummary[], ids: ReadonlySet<string>): CslItem[] {
  const chosen = sources.filter((s) => ids.has(s.id));
  const when = (s: SourceSummary) => text(s, 'date') ?? '';
  chosen.sort((a, b) => when(a).localeCompare(when(b)) || a.name.localeCompare(b.name));
  return chosen.map(toCsl);
}
