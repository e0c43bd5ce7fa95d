// The claim form for a selection: what the words state (an event, a
// statement, a figure, a relationship or a property), prefilled from the
// marks inside the selection (the graph's names, a resolved date, a number).
// The quote is the selection itself; the server cuts it again from the
// stored paragraph. An end given as "new:Label:Name" is a new node.
import {
  Basis,
  DatePrecision,
  type ClaimEnd,
  type ClaimRequest,
  type ClaimVocabulary,
  type ReadingSpan,
} from '../../../../contract/index.js';
import { reportsApi } from '../../api/reports.js';
import { h } from '../dom.js';
import { readValue } from '../form-read.js';
import { DRAFTS_CHANGED } from '../curation/draft-layer.js';

export interface Selection {
  reportId: string;
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  /** The paragraph's marks that lie inside the selection. */
  marks: ReadingSpan[];
}

const KINDS = ['event', 'statement', 'figure', 'relationship', 'property'] as const;

function endOf(text: string): ClaimEnd {
  const m = /^new:([^:]+):(.+)$/.exec(text.trim());
  return m ? { new: { label: m[1] ?? '', name: m[2] ?? '' } } : text.trim();
}

/** What the selection's marks suggest: the graph's names, a speaker, a date, a number. */
function hintsOf(sel: Selection) {
  const named = sel.marks.flatMap((m) => (m.kind === 'name' ? m.nodes : []));
  const date = sel.marks.find((m) => m.kind === 'date');
  return {
    names: named.map((n) => n.id),
    people: named.filter((n) => n.label === 'Person').map((n) => n.id),
    date: date?.kind === 'date' ? date : undefined,
    number: /\d[\d,.]*/.exec(sel.quote)?.[0]?.replace(/,/g, ''),
  };
}
type Hints = ReturnType<typeof hintsOf>;

const input = (label: string, name: string, value = '') =>
  h('label', {}, label, h('input', { name, value }));
const select = (label: string, name: string, options: readonly string[], value?: string) =>
  h(
    'label',
    {},
    label,
    h(
      'select',
      { name },
      ...options.map((o) => h('option', { value: o, text: o, selected: o === value })),
    ),
  );

function dateFields(hint: Hints['date']): HTMLElement[] {
  return [
    input('Date', 'date', hint?.date ?? ''),
    input('Precision', 'datePrecision', hint?.precision ?? ''),
    input('Inferred from', 'dateInferredFrom', hint?.inferred ? hint.wording : ''),
  ];
}

/** The fields of one kind of claim, prefilled from the selection's hints. */
export function kindFields(
  kind: string,
  sel: Selection,
  vocabulary: ClaimVocabulary,
  hints: Hints = hintsOf(sel),
): HTMLElement[] {
  const name = () => input('Name', 'name', sel.quote.slice(0, 80));
  const { names } = hints;
  switch (kind) {
    case 'event':
      return [
        select('Kind of event', 'label', vocabulary.eventKinds),
        name(),
        ...dateFields(hints.date),
        input('Participants (ids, comma)', 'participants', names.join(', ')),
      ];
    case 'statement':
      return [
        name(),
        input('Speaker (id, or new:Person:Name)', 'speaker', hints.people[0] ?? ''),
        ...dateFields(hints.date),
      ];
    case 'figure':
      return [
        name(),
        input('Quantity', 'quantity'),
        input('Value', 'value', hints.number ?? ''),
        input('Unit', 'unit'),
        input('Measures (id)', 'subject', names[0] ?? ''),
      ];
    case 'relationship':
      return [
        input('From (id, or new:Label:Name)', 'from', names[0] ?? ''),
        select('Type', 'type', vocabulary.relationshipTypes),
        input('To (id, or new:Label:Name)', 'to', names[1] ?? ''),
      ];
    default:
      return [
        input('Node (id)', 'node', names[0] ?? ''),
        input('Property', 'key'),
        input('Value', 'value', sel.quote),
      ];
  }
}

/** The claim's fields as the server takes them, read from the form. */
export function readClaimFields(form: HTMLFormElement, kind: string): ClaimRequest['fields'] {
  const v = (name: string) =>
    (form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').trim();
  const orNull = (name: string) => (v(name) === '' ? null : v(name));
  const dated = () => ({
    date: orNull('date'),
    datePrecision: DatePrecision.nullable().catch(null).parse(orNull('datePrecision')),
    dateInferred: v('dateInferredFrom') !== '',
    dateInferredFrom: orNull('dateInferredFrom'),
  });
  switch (kind) {
    case 'event': {
      const participants = v('participants')
        .split(',')
        .filter((x) => x.trim() !== '');
      const label = v('label');
      return {
        kind,
        label,
        name: v('name'),
        ...dated(),
        participants: participants.map(endOf),
        place: null,
      };
    }
    case 'statement':
      return { kind, name: v('name'), speaker: endOf(v('speaker')), ...dated() };
    case 'figure':
      return {
        kind,
        name: v('name'),
        quantity: v('quantity'),
        value: v('value') === '' ? null : Number(v('value')),
        unit: orNull('unit'),
        measure: null,
        subject: orNull('subject') === null ? null : endOf(v('subject')),
      };
    case 'relationship':
      return { kind, from: endOf(v('from')), type: v('type'), to: endOf(v('to')) };
    default:
      return { kind: 'property', node: v('node'), key: v('key'), value: v('value') };
  }
}

/** The request the form sends: the selection, its basis and note, and the fields. */
export function claimRequest(form: HTMLFormElement, sel: Selection, kind: string) {
  const v = (name: string) =>
    (form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').trim();
  return {
    paragraph: sel.paragraph,
    start: sel.start,
    end: sel.end,
    quote: sel.quote,
    basis: readValue(Basis.default('stated'), v('basis')),
    note: v('note') === '' ? null : v('note'),
    confirmNew: form.querySelector<HTMLInputElement>('[name="confirmNew"]')?.checked ?? false,
    fields: readClaimFields(form, kind),
  };
}

export function claimForm(
  sel: Selection,
  vocabulary: ClaimVocabulary,
  api: Pick<typeof reportsApi, 'claim'> = reportsApi,
): HTMLFormElement {
  const hints = hintsOf(sel);
  const kind = h(
    'select',
    { name: 'kind', 'aria-label': 'What it states' },
    ...KINDS.map((k) => h('option', { value: k, text: k })),
  );
  const fields = h('div', { class: 'claim-fields' });
  const status = h('p', { role: 'status', class: 'report-message' });
  const draw = () => fields.replaceChildren(...kindFields(kind.value, sel, vocabulary, hints));
  kind.addEventListener('change', draw);
  draw();
  const form = h(
    'form',
    { class: 'claim-form', 'aria-label': 'Make a claim' },
    h('blockquote', { class: 'claim-quote', text: sel.quote }),
    h('p', { text: `Paragraph ${sel.paragraph}, characters ${sel.start}–${sel.end}` }),
    h('label', {}, 'It states ', kind),
    fields,
    select('Basis', 'basis', Basis.options, 'stated'),
    input('Note (how, or where from)', 'note'),
    h(
      'label',
      {},
      h('input', { type: 'checkbox', name: 'confirmNew' }),
      ' The new names are new nodes',
    ),
    h('button', { type: 'submit' }, 'Draft the claim'),
    status,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = 'Drafting…';
    api.claim(sel.reportId, claimRequest(form, sel, kind.value)).then(
      ({ drafts }) => {
        status.textContent = `${drafts.length} drafts made for a reviewer, to publish in order.`;
        // The editor's canvas draws the new drafts (curation/draft-layer.ts).
        document.dispatchEvent(new Event(DRAFTS_CHANGED));
      },
      (e: unknown) => (status.textContent = e instanceof Error ? e.message : String(e)),
    );
  });
  return form;
}
