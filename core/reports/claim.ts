/**
 * A claim drawn from a selection in a report, as the curation core's
 * operations (drafts a reviewer publishes in order): the quote is cut from
 * the stored paragraph by its offsets, so it is verbatim by construction; a
 * selection the paragraph no longer holds is refused. Only the ontology's
 * labels and types are accepted, and a causal link needs a stated span.
 */
import type { Operation } from '../../contract/curation.js';
import type { ClaimEnd, ClaimRequest } from '../../contract/report-claims.js';
import { CodedError } from '../errors.js';

export interface ClaimOntology {
  labels: readonly string[];
  relationshipTypes: readonly string[];
  /** The labels an event may carry besides the event label (Meeting, Briefing, …). */
  eventKinds: readonly string[];
  eventLabel: string;
  figureLabel: string;
  sourceLabel: string;
  provenanceType: string;
  causalTypes: readonly string[];
  statementLabel: string;
}

export interface ClaimContext {
  reportId: string;
  /** The paragraph as stored, or undefined when the report has no such paragraph. */
  paragraphText: string | undefined;
  ontology: ClaimOntology;
}

export interface NewNode {
  id: string;
  label: string;
  name: string;
}

const invalid = (message: string, details?: unknown) =>
  new CodedError('INVALID_INPUT', message, details);

/** A short stable hash (FNV-1a), so a new node's id is the same for the same report and name. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

export function newNodeId(label: string, name: string, reportId: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return `${label.toLowerCase()}:${slug || 'node'}-${shortHash(`${reportId}|${name}`)}`;
}

/** The quote, checked: the stored paragraph must hold the editor's selection at its offsets. */
export function cutQuote(
  ctx: ClaimContext,
  req: Pick<ClaimRequest, 'paragraph' | 'start' | 'end' | 'quote'>,
): string {
  const text = ctx.paragraphText;
  if (text === undefined)
    throw invalid(`Report ${ctx.reportId} has no paragraph ${req.paragraph}.`);
  if (req.end > text.length) {
    throw invalid(
      `Paragraph ${req.paragraph} is ${text.length} characters long; the selection ends at ${req.end}.`,
    );
  }
  const cut = text.slice(req.start, req.end);
  if (cut !== req.quote) {
    throw new CodedError(
      'CONFLICT',
      `The words at paragraph ${req.paragraph}, ${req.start}–${req.end} are not the ones you selected: the report shows them differently now. Reload it and select again.`,
      { current: cut },
    );
  }
  if (cut.trim() === '')
    throw invalid('The selection holds no words: select the words that state the claim.');
  return cut;
}

interface Evidence {
  quote: string | null;
  paragraph: number;
  start: number;
  end: number;
  basis: string;
  note: string | null;
}

/** The evidence props every link of the claim carries (a background claim has no quote). */
function linkProps(reportId: string, e: Evidence): Record<string, unknown> {
  return {
    sources: [reportId],
    quoteSource: reportId,
    ...(e.quote === null
      ? {}
      : { quote: e.quote, paragraph: e.paragraph, start: e.start, end: e.end }),
    basis: e.basis,
    ...(e.note === null ? {} : { note: e.note }),
  };
}

class Builder {
  readonly ops: Operation[] = [];
  readonly created: NewNode[] = [];
  constructor(
    private readonly ctx: ClaimContext,
    private readonly evidence: Evidence,
  ) {}

  checkLabel(label: string) {
    const o = this.ctx.ontology;
    if (!o.labels.includes(label) || label === o.sourceLabel) {
      throw invalid(`"${label}" is not a label of this graph's ontology.`, {
        known: o.labels.filter((l) => l !== o.sourceLabel),
      });
    }
  }

  /** A new node with its provenance link to the report. */
  node(labels: string[], name: string, props: Record<string, unknown>): string {
    for (const l of labels) this.checkLabel(l);
    const label = labels[labels.length - 1] ?? '';
    const id = newNodeId(label, name, this.ctx.reportId);
    this.ops.push({ kind: 'create-node', id, labels, props: { name, ...props } });
    this.created.push({ id, label, name });
    const e = this.evidence;
    this.ops.push({
      kind: 'create-relationship',
      from: id,
      type: this.ctx.ontology.provenanceType,
      to: this.ctx.reportId,
      props: {
        ...(e.quote === null
          ? {}
          : { quote: e.quote, paragraph: e.paragraph, start: e.start, end: e.end }),
        basis: e.basis,
        ...(e.note === null ? {} : { note: e.note }),
      },
    });
    return id;
  }

  end(end: ClaimEnd): string {
    return typeof end === 'string' ? end : this.node([end.new.label], end.new.name, {});
  }

  link(from: string, type: string, to: string) {
    const o = this.ctx.ontology;
    if (!o.relationshipTypes.includes(type) || type === o.provenanceType) {
      throw invalid(`"${type}" is not a relationship type of this graph's ontology.`, {
        known: o.relationshipTypes.filter((t) => t !== o.provenanceType),
      });
    }
    if (
      o.causalTypes.includes(type) &&
      (this.evidence.basis !== 'stated' || this.evidence.quote === null)
    ) {
      throw invalid(
        `A ${type} link says one event caused another: it needs a span of the report that states the cause, with basis stated. Select those words, or make it a sequence link (PRECEDED) with basis inferred and a note.`,
      );
    }
    if (from === to) throw invalid('A link cannot point from a node to itself.');
    this.ops.push({
      kind: 'create-relationship',
      from,
      type,
      to,
      props: linkProps(this.ctx.reportId, this.evidence),
    });
  }
}

const dateProps = (f: {
  date: string | null;
  datePrecision: string | null;
  dateInferred: boolean;
  dateInferredFrom: string | null;
}) => {
  if (f.date === null) return {};
  if (f.datePrecision === null) throw invalid('Say how precise the date is: day, month or year.');
  if (f.dateInferred && (f.dateInferredFrom ?? '') === '') {
    throw invalid('An inferred date needs the wording it came from, e.g. "on Thursday".');
  }
  return {
    date: { $date: f.date },
    datePrecision: f.datePrecision,
    dateInferred: f.dateInferred,
    ...(f.dateInferred ? { dateInferredFrom: f.dateInferredFrom } : {}),
  };
};

/** The operations that make the claim, in the order they are to be published, and the nodes they create. */
export function claimOperations(
  ctx: ClaimContext,
  req: ClaimRequest,
): { ops: Operation[]; created: NewNode[] } {
  const quote = cutQuote(ctx, req);
  const evidence: Evidence = {
    quote: req.basis === 'background' ? null : quote,
    paragraph: req.paragraph,
    start: req.start,
    end: req.end,
    basis: req.basis,
    note: req.note,
  };
  const b = new Builder(ctx, evidence);
  const o = ctx.ontology;
  const f = req.fields;
  switch (f.kind) {
    case 'event': {
      if (!o.eventKinds.includes(f.label)) {
        throw invalid(`"${f.label}" is not a kind of event in this graph.`, {
          known: o.eventKinds,
        });
      }
      const id = b.node([o.eventLabel, f.label], f.name, dateProps(f));
      for (const p of f.participants) b.link(b.end(p), 'PARTICIPATED_IN', id);
      if (f.place !== null) b.link(id, 'IN', b.end(f.place));
      break;
    }
    case 'statement': {
      const id = b.node([o.eventLabel, o.statementLabel], f.name, { quote, ...dateProps(f) });
      b.link(b.end(f.speaker), 'MADE', id);
      break;
    }
    case 'figure': {
      const id = b.node([o.figureLabel], f.name, {
        quantity: f.quantity,
        value: f.value,
        unit: f.unit,
        measure: f.measure,
        valueText: quote,
      });
      if (f.subject !== null) b.link(id, 'MEASURES', b.end(f.subject));
      break;
    }
    case 'relationship':
      b.link(b.end(f.from), f.type, b.end(f.to));
      break;
    case 'property':
      if (f.key === 'id' || f.key.startsWith('_'))
        throw invalid(`"${f.key}" cannot be set from a report.`);
      b.ops.push({ kind: 'edit-node', id: f.node, set: { [f.key]: f.value }, unset: [] });
      break;
  }
  return { ops: b.ops, created: b.created };
}
