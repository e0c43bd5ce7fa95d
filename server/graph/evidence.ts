import { z } from 'zod';
import { basisOf, type SourceRef } from '../../contract/index.js';
import type { Captions } from '../neo4j/convert.js';
import { decodePlain } from '../neo4j/decode.js';

/**
 * The Cypher map one piece of evidence becomes: the report `source` and,
 * from the provenance link `link`, its verbatim quote, the analyst's note
 * and the paragraph. Quote and note stay apart so that no note is ever
 * printed as a quotation.
 */
export function evidenceMap(link: string, source: string): string {
  return `{source: ${source}, quote: ${link}.quote, note: ${link}.note, paragraph: ${link}.paragraph, basis: ${link}.basis}`;
}

/** Rows built by evidenceMap, once made plain: the report (null when none matched) and its evidence. */
const EvidenceRows = z
  .array(
    z.object({
      source: z
        .object({ id: z.string(), name: z.string(), properties: z.record(z.string(), z.unknown()) })
        .nullable(),
      quote: z.unknown().optional(),
      note: z.unknown().optional(),
      paragraph: z.unknown().optional(),
      basis: z.unknown().optional(),
    }),
  )
  .nullable();

const text = (v: unknown) => (typeof v === 'string' ? v : v == null ? null : JSON.stringify(v));
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One report as the contract describes it, with the evidence it gives for one fact. */
export function sourceRef(
  source: { id: string; name: string; properties: Record<string, unknown> },
  evidence: { quote?: unknown; note?: unknown; paragraph?: unknown; basis?: unknown } = {},
): SourceRef {
  const p = source.properties;
  return {
    id: source.id,
    name: source.name,
    outlet: text(p.outlet),
    date: text(p.date),
    datePrecision: text(p.datePrecision),
    dateInferred: p.dateInferred === true,
    dateInferredFrom: text(p.dateInferredFrom),
    quote: text(evidence.quote),
    note: text(evidence.note),
    basis: basisOf(evidence),
    locator: { source: source.id, file: text(p.file), paragraph: count(evidence.paragraph) },
  };
}

/** Turns rows of evidence maps (see evidenceMap) into the contract's source references, oldest first. */
export function toSourceRefs(value: unknown, captions?: Captions): SourceRef[] {
  const rows = decodePlain(value, 'sources', EvidenceRows, captions) ?? [];
  return rows
    .flatMap((row) => (row.source === null ? [] : [sourceRef(row.source, row)]))
    .sort((a, b) => String(a.date).localeCompare(String(b.date)) || a.id.localeCompare(b.id));
}
