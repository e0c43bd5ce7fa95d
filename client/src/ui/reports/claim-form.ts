// The claim form for a selection: what the words state (an event, a
// statement, a figure, a relationship or a property), prefilled from the
// marks inside the selection (the graph's names, a resolved date, a number).
// The quote is the selection itself; the server cuts it again from the
// stored paragraph. An end given as "new:Label:Name" is a new node.
import {
  Basis,
  DatePrecision,
  type ClaimEnd,
  type ClaimVocabulary,
  type ReadingSpan,
} from '../../../../contract/index.js';
import { reportsApi } from '../../api/reports.js';
import { h } from '../dom.js';
import { readValue } from '../form-read.js';

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

export function claimForm(sel: Selection, vocabulary: ClaimVocabulary): HTMLFormElement {
  const names = sel.marks.flatMap((m) => (m.kind === 'name' ? m.nodes.map((n) => n.id) : []));
  const people = sel.marks.flatMap((m) =>
    m.kind === 'name' ? m.nodes.filter((n) => n.label === 'Person').map((n) => n.id) : [],
  );
  const date = sel.marks.find((m) => m.kind === 'date');
  const number = /\d[\d,.]*/.exec(sel.quote)?.[0]?.replace(/,/g, '');
  const kind = h(
    'select',
    { name: 'kind', 'aria-label': 'What it states' },
    ...KINDS.map((k) => h('option', { value: k, text: k })),
  );
  const fields = h('div', { class: 'claim-fields' });
  const status = h('p', { role: 'status', class: 'report-message' });
  const input = (label: string, name: string, value = '') =>
    h('label', {}, label, h('input', { name, value }));
  const select = (label: string, name: string, options: string[], value?: string) =>
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

  const draw = () => {
    const k = kind.value;
    const dateFields =
      date && date.kind === 'date'
        ? [
            input('Date', 'date', date.date),
            input('Precision', 'datePrecision', date.precision),
            input('Inferred from', 'dateInferredFrom', date.inferred ? date.wording : ''),
          ]
        : [
            input('Date', 'date'),
            input('Precision', 'datePrecision'),
            input('Inferred from', 'dateInferredFrom'),
          ];
    const byKind: Record<string, HTMLElement[]> = {
      event: [
        select('Kind of event', 'label', vocabulary.eventKinds),
        input('Name', 'name', sel.quote.slice(0, 80)),
        ...dateFields,
        input('Participants (ids, comma)', 'participants', names.join(', ')),
      ],
      statement: [
        input('Name', 'name', sel.quote.slice(0, 80)),
        input('Speaker (id, or new:Person:Name)', 'speaker', people[0] ?? ''),
        ...dateFields,
      ],
      figure: [
        input('Name', 'name', sel.quote.slice(0, 80)),
        input('Quantity', 'quantity'),
        input('Value', 'value', number ?? ''),
        input('Unit', 'unit'),
        input('Measures (id)', 'subject', names[0] ?? ''),
      ],
      relationship: [
        input('From (id, or new:Label:Name)', 'from', names[0] ?? ''),
        select('Type', 'type', vocabulary.relationshipTypes),
        input('To (id, or new:Label:Name)', 'to', names[1] ?? ''),
      ],
      property: [
        input('Node (id)', 'node', names[0] ?? ''),
        input('Property', 'key'),
        input('Value', 'value', sel.quote),
      ],
    };
    fields.replaceChildren(...(byKind[k] ?? []));
  };
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
  const v = (name: string) =>
    (form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').trim();
  const orNull = (name: string) => (v(name) === '' ? null : v(name));
  const dated = () => ({
    date: orNull('date'),
    datePrecision: DatePrecision.nullable().catch(null).parse(orNull('datePrecision')),
    dateInferred: v('dateInferredFrom') !== '',
    dateInferredFrom: orNull('dateInferredFrom'),
  });
  const fieldsOf = () => {
    switch (kind.value) {
      case 'event':
        return {
          kind: 'event' as const,
          label: v('label'),
          name: v('name'),
          ...dated(),
          participants: v('participants')
            .split(',')
            .filter((x) => x.trim() !== '')
            .map(endOf),
          place: null,
        };
      case 'statement':
        return {
          kind: 'statement' as const,
          name: v('name'),
          speaker: endOf(v('speaker')),
          ...dated(),
        };
      case 'figure':
        return {
          kind: 'figure' as const,
          name: v('name'),
          quantity: v('quantity'),
          value: v('value') === '' ? null : Number(v('value')),
          unit: orNull('unit'),
          measure: null,
          subject: orNull('subject') === null ? null : endOf(v('subject')),
        };
      case 'relationship':
        return {
          kind: 'relationship' as const,
          from: endOf(v('from')),
          type: v('type'),
          to: endOf(v('to')),
        };
      default:
        return { kind: 'property' as const, node: v('node'), key: v('key'), value: v('value') };
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = 'Drafting…';
    const basis = readValue(Basis.default('stated'), v('basis'));
    reportsApi
      .claim(sel.reportId, {
        paragraph: sel.paragraph,
        start: sel.start,
        end: sel.end,
        quote: sel.quote,
        basis,
        note: orNull('note'),
        confirmNew: form.querySelector<HTMLInputElement>('[name="confirmNew"]')?.checked ?? false,
        fields: fieldsOf(),
      })
      .then(
        ({ drafts }) =>
          (status.textContent = `${drafts.length} drafts made for a reviewer, to publish in order.`),
        (e: unknown) => (status.textContent = e instanceof Error ? e.message : String(e)),
      );
  });
  return form;
}
