// The evidence behind a relationship, from the edge's own properties and the
// list of reports: the client needs no extra request to show it.
import {
  basisOf,
  type Basis,
  type Graph,
  type SourceRef,
  type SourceSummary,
} from '../../../contract/index.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** A report summary as a source reference, with the evidence it gives for one fact. */
export function summaryRef(
  id: string,
  s: SourceSummary | undefined,
  evidence: {
    quote?: string | null;
    note?: string | null;
    paragraph?: number | null;
    basis?: Basis | null;
  } = {},
): SourceRef {
  const p = s?.properties ?? {};
  return {
    id,
    name: s?.name ?? id,
    outlet: str(p['outlet']),
    date: str(p['date']),
    datePrecision: str(p['datePrecision']),
    dateInferred: p['dateInferred'] === true,
    dateInferredFrom: str(p['dateInferredFrom']),
    quote: evidence.quote ?? null,
    note: evidence.note ?? null,
    basis: evidence.basis ?? null,
    locator: { source: id, file: str(p['file']), paragraph: evidence.paragraph ?? null },
  };
}

/**
 * A relationship's reports (its `sources` list), the verbatim quote attached
 * to the one report it comes from (`quoteSource`, or the only report), and
 * the analyst's note (`note`, else `description`) kept apart as a note.
 */
export function edgeEvidence(
  props: Record<string, unknown>,
  all: SourceSummary[],
): { note: string | null; basis: Basis | null; sources: SourceRef[] } {
  const ids = Array.isArray(props['sources']) ? props['sources'].map(String) : [];
  const quote = str(props['quote']);
  const quoteFrom = str(props['quoteSource']) ?? (ids.length === 1 ? (ids[0] ?? null) : null);
  const paragraph = typeof props['paragraph'] === 'number' ? props['paragraph'] : null;
  const basis = basisOf(props);
  return {
    note: str(props['note']) ?? str(props['description']),
    basis,
    sources: ids.map((id) =>
      summaryRef(
        id,
        all.find((s) => s.id === id),
        id === quoteFrom && quote ? { quote, paragraph, basis } : quote ? {} : { basis },
      ),
    ),
  };
}

/** Where in the report: "002_….txt, paragraph 4", or the source id when no file is known. */
export function locatorText(l: SourceRef['locator']): string {
  const where = l.file ?? l.source;
  return l.paragraph ? `${where}, paragraph ${l.paragraph}` : where;
}

/**
 * How the reports support the links of one type between a node and a
 * neighbour: stated when any of them is, else the weakest basis given
 * (inferred before background), null when none says. The details panel marks
 * a neighbour whose link no report states, as the canvas draws it dotted.
 */
export function neighbourBasis(
  graph: Graph,
  center: string,
  neighbour: string,
  type: string,
): Basis | null {
  const bases = graph.edges
    .filter(
      (e) =>
        e.type === type &&
        ((e.source === center && e.target === neighbour) ||
          (e.target === center && e.source === neighbour)),
    )
    .map((e) => basisOf(e.properties));
  if (bases.includes('stated')) return 'stated';
  if (bases.includes('inferred')) return 'inferred';
  if (bases.includes('background')) return 'background';
  return null;
}
