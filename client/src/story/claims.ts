// A cited claim resolved when it is shown: the relationship's own evidence
// (quote, basis, report, paragraph) read from the graph as it is now, with
// the report's outlet, headline and date from the list of reports. A claim
// whose relationship is gone is said to be gone, never left out silently.
import {
  basisOf,
  type Graph,
  type GraphEdge,
  type SourceSummary,
} from '../../../contract/index.js';
import { linkEvidence, stepSentence, type EvidenceLine } from '../ui/evidence-line.js';

export interface ResolvedClaim {
  id: string;
  /** "China grants licences granted to India", in the relationship's own direction. */
  sentence: string;
  /** The evidence as details and the Chain tab show it. */
  line: EvidenceLine;
  /** The report the quote is from (or the reports cited), with its outlet, headline and date. */
  reports: {
    id: string;
    outlet: string | null;
    headline: string;
    date: string | null;
    file: string | null;
  }[];
  paragraph: number | null;
}

export type ClaimResult = { ok: true; claim: ResolvedClaim } | { ok: false; id: string };

/** The two ends and type of a relationship id `source|TYPE|target`. */
export function claimEnds(
  id: string,
): { source: string; type: string; target: string } | undefined {
  const [source, type, ...rest] = id.split('|');
  const target = rest[0];
  return source && type && target ? { source, type, target } : undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

export function resolveClaim(
  id: string,
  graph: Graph,
  sources: readonly SourceSummary[],
): ClaimResult {
  const edge = graph.edges.find((e) => e.id === id);
  if (!edge) return { ok: false, id };
  return { ok: true, claim: claimOf(edge, graph, sources) };
}

function claimOf(edge: GraphEdge, graph: Graph, sources: readonly SourceSummary[]): ResolvedClaim {
  const p = edge.properties;
  const ids = Array.isArray(p['sources']) ? p['sources'].map(String) : [];
  // A provenance link's report is its target.
  const reportsCited = ids.length ? ids : edge.type === 'SOURCED_FROM' ? [edge.target] : [];
  const line = linkEvidence({
    basis: basisOf(p),
    quote: str(p['quote']),
    quoteSource: str(p['quoteSource']) ?? (edge.type === 'SOURCED_FROM' ? edge.target : null),
    paragraph: typeof p['paragraph'] === 'number' ? p['paragraph'] : null,
    note: str(p['note']),
    description: str(p['description']),
    sources: reportsCited,
  });
  const name = (nid: string) => graph.nodes.find((n) => n.id === nid)?.name ?? nid;
  const quoted = line.quote !== null ? (str(p['quoteSource']) ?? reportsCited[0]) : undefined;
  const shown = quoted ? [quoted] : reportsCited;
  return {
    id: edge.id,
    sentence: stepSentence({
      from: { id: edge.source, name: name(edge.source) },
      to: { id: edge.target, name: name(edge.target) },
      type: edge.type,
      forward: true,
    }),
    line,
    reports: shown.map((rid) => {
      const s = sources.find((x) => x.id === rid);
      const sp = s?.properties ?? {};
      return {
        id: rid,
        // The seed writes 'not named' where a report names no outlet.
        outlet: str(sp['outlet'])?.toLowerCase() === 'not named' ? null : str(sp['outlet']),
        headline: s?.name ?? rid,
        date: str(sp['date']),
        file: str(sp['file']),
      };
    }),
    paragraph: quoted && typeof p['paragraph'] === 'number' ? p['paragraph'] : null,
  };
}

/** The relationships a step could cite: those touching the selection that a report backs. */
export function citable(graph: Graph, selected: readonly string[]): GraphEdge[] {
  const sel = new Set(selected);
  return graph.edges.filter(
    (e) =>
      (sel.has(e.id) || sel.has(e.source) || sel.has(e.target)) &&
      (str(e.properties['quote']) !== null || Array.isArray(e.properties['sources'])),
  );
}
