// Adding a report: paste its text or choose a .txt, .md or .html file; the
// server reads it (HTML reduced to its article), and what looks like page
// furniture comes back ticked to be dropped. The editor checks the details
// and saves; the same text stored already is named, with a link to it.
import { DatePrecision, type ReportPreview } from '../../../../contract/index.js';
import { reportsApi, ReportsError } from '../../api/reports.js';
import { h } from '../dom.js';
import { readValue } from '../form-read.js';

type ReportInput = { content: string; fileName: string | null };

const field = (label: string, value: string | null, name: string) =>
  h('label', {}, label, h('input', { name, value: value ?? '' }));

/** The paragraphs, each with a Drop box: ticked, with the reason, where it looks like page furniture. */
export function paragraphRows(p: ReportPreview): HTMLOListElement {
  const furniture = new Map(p.furniture.map((f) => [f.paragraph, f]));
  const rows = p.paragraphs.map((para) => {
    const f = furniture.get(para.n);
    const box = h('input', {
      type: 'checkbox',
      name: 'drop',
      value: String(para.n),
      checked: Boolean(f),
    });
    return h(
      'li',
      { class: f ? 'furniture' : '' },
      h('label', {}, box, ` Drop ¶${para.n}`),
      f ? h('span', { class: 'furniture-why', text: ` (${f.reason})` }) : null,
      h('div', { class: 'para-text', text: para.text }),
    );
  });
  return h('ol', { class: 'report-paragraphs' }, ...rows);
}

/** The report's details, prefilled from what the server read in it. */
export function detailsFields(p: ReportPreview): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', { text: 'Details' }),
    field('Headline as printed', p.suggested.headline, 'headline'),
    field('Outlet', p.suggested.outlet, 'outlet'),
    field('Address (URL)', null, 'url'),
    field('Date as printed', p.suggested.datePrinted?.wording ?? null, 'datePrinted'),
    field('Date (YYYY-MM-DD)', p.suggested.datePrinted?.date ?? null, 'date'),
    h(
      'label',
      {},
      'Precision',
      h(
        'select',
        { name: 'datePrecision' },
        ...DatePrecision.options.map((v) => h('option', { value: v, text: v })),
      ),
    ),
    h(
      'label',
      {},
      h('input', { type: 'checkbox', name: 'dateInferred' }),
      ' Date inferred, from the words:',
    ),
    field('Wording', null, 'dateInferredFrom'),
  );
}

/** What Save sends: the text, the paragraphs to drop and the details as the editor left them. */
export function saveRequest(review: HTMLElement, input: ReportInput) {
  const value = (name: string) => {
    const el = review.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    const v = el?.value.trim() ?? '';
    return v === '' ? null : v;
  };
  const drop = [...review.querySelectorAll<HTMLInputElement>('input[name="drop"]:checked')].map(
    (b) => Number(b.value),
  );
  const date = value('date');
  return {
    ...input,
    drop,
    headline: value('headline'),
    outlet: value('outlet'),
    url: value('url'),
    datePrinted: value('datePrinted'),
    date,
    datePrecision:
      date === null ? null : readValue(DatePrecision.default('day'), value('datePrecision') ?? ''),
    dateInferred: review.querySelector<HTMLInputElement>('[name="dateInferred"]')?.checked ?? false,
    dateInferredFrom: value('dateInferredFrom'),
  };
}

/** What the preview says: the paragraphs and furniture counted, or the stored twin named. */
export function previewMessage(p: ReportPreview): string {
  return p.duplicateOf
    ? `This text is stored already as ${p.duplicateOf.name} (${p.duplicateOf.id}).`
    : `${p.paragraphs.length} paragraphs; ${p.furniture.length} look like page furniture and are ticked to be dropped.`;
}

/** The stored report a refused save names as the same text, if it does. */
const duplicateOf = (e: unknown) =>
  e instanceof ReportsError
    ? (e.details as { duplicateOf?: { id: string } } | undefined)?.duplicateOf
    : undefined;

export function openAddDialog(
  onSaved: (id: string) => void,
  api: Pick<typeof reportsApi, 'preview' | 'save'> = reportsApi,
): HTMLDialogElement {
  const paste = h('textarea', {
    rows: 8,
    'aria-label': 'Report text',
    placeholder: 'Paste the report here…',
  });
  const file = h('input', {
    type: 'file',
    accept: '.txt,.md,.html,.htm',
    'aria-label': 'Report file',
  });
  const message = h('p', { class: 'report-message', role: 'status' });
  const review = h('div', { class: 'report-review' });
  let input: ReportInput | null = null;

  const read = async () => {
    message.textContent = 'Reading…';
    const chosen = file.files?.[0];
    input = chosen
      ? { content: await chosen.text(), fileName: chosen.name }
      : { content: paste.value, fileName: null };
    try {
      const preview = await api.preview(input);
      message.textContent = previewMessage(preview);
      const saveButton = h(
        'button',
        { type: 'button', onclick: () => void save() },
        'Save the report',
      );
      review.replaceChildren(paragraphRows(preview), detailsFields(preview), saveButton);
    } catch (e) {
      message.textContent = e instanceof Error ? e.message : String(e);
    }
  };

  const save = async () => {
    if (!input) return;
    try {
      const { report } = await api.save(saveRequest(review, input));
      dialog.close();
      onSaved(report.id);
    } catch (e) {
      message.textContent = e instanceof Error ? e.message : String(e);
      const dup = duplicateOf(e);
      if (dup)
        message.append(
          ' ',
          h(
            'button',
            { type: 'button', onclick: () => (dialog.close(), onSaved(dup.id)) },
            'Open it',
          ),
        );
    }
  };

  const dialog = h(
    'dialog',
    { class: 'report-dialog', 'aria-label': 'Add a report' },
    h('h2', { text: 'Add a report' }),
    paste,
    h('p', {}, 'or ', file),
    h('button', { type: 'button', onclick: () => void read() }, 'Read it'),
    h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel'),
    message,
    review,
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
