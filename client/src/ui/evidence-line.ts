// One line of evidence under a chain link, a path step or a figure: the
// report's own words in quotation marks when a report states it, else
// "inferred: <note>" or "background: <note>" marked plainly, so that no
// analyst's note is ever printed as a quotation. The wording is decided by
// pure functions (unit-tested); evidenceLineElement only draws it.
import type { Basis, PathStep } from '../../../contract/index.js';
import { h } from './dom.js';

/** What a link, step or figure says about its evidence (the API's fields). */
export interface EvidenceInput {
  basis: Basis | null;
  quote: string | null;
  note: string | null;
  /** The report the quote is from, or the reports cited when there is no quote. */
  reports: readonly string[];
  paragraph: number | null;
}

export interface EvidenceLine {
  /** unknown: the dataset gives neither a basis nor a quote. */
  kind: Basis | 'unknown';
  /** Verbatim words, to print in quotation marks; never set for background. */
  quote: string | null;
  /** Plain words beside the quote: "stated", "inferred: <note>", "background: <note>". */
  label: string;
  /** Where in the reports: "src:001, paragraph 9". */
  where: string | null;
}

const text = (s: string | null) => (s !== null && s.trim() !== '' ? s.trim() : null);

/** "src:001, paragraph 9", "src:001, src:003", or null when no report is cited. */
export function whereText(reports: readonly string[], paragraph: number | null): string | null {
  if (reports.length === 0) return null;
  const list = reports.join(', ');
  return paragraph !== null && reports.length === 1 ? `${list}, paragraph ${paragraph}` : list;
}

/** How a claim rests on the reports, in words (see the module comment). */
export function evidenceLine(e: EvidenceInput): EvidenceLine {
  const quote = text(e.quote);
  const note = text(e.note);
  const kind: EvidenceLine['kind'] = e.basis ?? (quote !== null ? 'stated' : 'unknown');
  const where = whereText(e.reports, e.paragraph);
  if (kind === 'stated') return { kind, quote, label: 'stated', where };
  if (kind === 'inferred') {
    // The analyst's reading of a span: the span is still verbatim, the reading is the note.
    return { kind, quote, label: `inferred: ${note ?? 'no note given'}`, where };
  }
  if (kind === 'background') {
    return { kind, quote: null, label: `background: ${note ?? 'no note given'}`, where };
  }
  return { kind, quote: null, label: note ? `basis not given: ${note}` : 'basis not given', where };
}

/** A chain link or path step's evidence: the quote's report, else every report it cites. */
export function linkEvidence(l: {
  basis: Basis | null;
  quote: string | null;
  quoteSource: string | null;
  paragraph: number | null;
  note: string | null;
  description?: string | null;
  sources: readonly string[];
}): EvidenceLine {
  const quoted = text(l.quote) !== null;
  const from = quoted ? (l.quoteSource ?? (l.sources.length === 1 ? l.sources[0] : null)) : null;
  return evidenceLine({
    basis: l.basis,
    quote: l.quote,
    note: l.note ?? l.description ?? null,
    reports: from ? [from] : l.sources,
    paragraph: from ? l.paragraph : null,
  });
}

/** A path step as a sentence in the relationship's own direction: "Ada Merrow wrote The Salt Ledger". */
export function stepSentence(s: Pick<PathStep, 'from' | 'to' | 'type' | 'forward'>): string {
  const [subject, object] = s.forward ? [s.from, s.to] : [s.to, s.from];
  return `${subject.name} ${s.type.toLowerCase().replaceAll('_', ' ')} ${object.name}`;
}

/** Draws a line: the quote in quotation marks, then the plain label and where it is. */
export function evidenceLineElement(line: EvidenceLine): HTMLElement {
  const tail = [line.label, line.where].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: `evidence-line evidence-${line.kind}` },
    line.quote ? h('span', { class: 'quote', text: `“${line.quote}”` }) : null,
    line.quote ? ' ' : null,
    h('span', { class: 'evidence-how', text: line.quote ? `(${tail})` : tail }),
  );
}

/** A figure's report: the sentence it comes from, its basis and where ("Business Today, src:001, paragraph 9"). */
export function figureEvidence(s: {
  id: string;
  outlet: string | null;
  basis: Basis | null;
  quote: string | null;
  note: string | null;
  locator: { paragraph: number | null };
}): EvidenceLine {
  const line = evidenceLine({
    basis: s.basis,
    quote: s.quote,
    note: s.note,
    reports: [s.id],
    paragraph: s.locator.paragraph,
  });
  return { ...line, where: [s.outlet, line.where].filter(Boolean).join(', ') || null };
}
