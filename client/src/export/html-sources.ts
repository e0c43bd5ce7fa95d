// The sources of each node and link of an offline page, as the details panel
// gives them: each report's outlet, date and headline, the basis, the
// verbatim quote, the analyst's note and the file and paragraph. Worked out
// here as plain strings, so the page's small script only writes them out.
import type { SourceDetail, SourceRef, SourceSummary, Graph } from '../../../contract/index.js';
import { printDate } from '../graph/dates.js';
import { edgeEvidence, locatorText, summaryRef } from '../graph/evidence.js';
import { BASIS_WORDS } from '../ui/shared.js';

/** One report behind a fact, ready to print. */
export interface SourceLine {
  /** "Business Today · 12 Jun 2025" */
  head: string;
  headline: string;
  basis: string | null;
  /** The report's own words: the only text the page puts in quotation marks. */
  quote: string | null;
  note: string | null;
  /** "002_….txt, paragraph 4" */
  where: string;
}

export interface ElementSources {
  /** A link's own note on how the reports support it. */
  note: string | null;
  refs: SourceLine[];
}

export function sourceLine(r: SourceRef): SourceLine {
  return {
    head: `${r.outlet ?? 'Unnamed outlet'} · ${printDate(r).text}`,
    headline: r.name,
    basis: r.basis ? BASIS_WORDS[r.basis] : null,
    quote: r.quote,
    note: r.note,
    where: locatorText(r.locator),
  };
}

/** What a report says of the nodes it supports (GET /api/sources/:id's `supported`). */
export type Supported = ReadonlyMap<string, SourceDetail['supported']>;

const byDate = (a: SourceRef, b: SourceRef) => (a.date ?? '').localeCompare(b.date ?? '');

/**
 * Every node's and link's sources in `graph`: a node's from the reports
 * that support it, a link's from its own properties and the list of
 * reports. Elements without a source are left out (the page says "No sources").
 */
export function elementSources(
  graph: Graph,
  supported: Supported,
  all: readonly SourceSummary[],
): Record<string, ElementSources> {
  const out: Record<string, ElementSources> = {};
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodeRefs = new Map<string, SourceRef[]>();
  for (const [sid, nodes] of supported) {
    const summary = all.find((s) => s.id === sid);
    for (const n of nodes) {
      if (!ids.has(n.id)) continue;
      const ref = summaryRef(sid, summary, n);
      nodeRefs.set(n.id, [...(nodeRefs.get(n.id) ?? []), ref]);
    }
  }
  for (const [id, refs] of nodeRefs)
    out[id] = { note: null, refs: [...refs].sort(byDate).map(sourceLine) };
  for (const e of graph.edges) {
    const ev = edgeEvidence(e.properties, [...all]);
    if (ev.sources.length || ev.note)
      out[e.id] = { note: ev.note, refs: [...ev.sources].sort(byDate).map(sourceLine) };
  }
  return out;
}
