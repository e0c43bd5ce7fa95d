// Adding a report: paste its text or choose a .txt, .md or .html file; the
// server reads it (HTML reduced to its article), and what looks like page
// furniture comes back ticked to be dropped. The editor checks the details
// and saves; the same text stored already is named, with a link to it.
import { DatePrecision, type ReportPreview } from '../../../../contract/index.js';
import { reportsApi, ReportsError } from '../../api/reports.js';
import { h } from '../dom.js';
import { readValue } from '../form-read.js';

export function openAddDialog(onSaved: (id: string) => void): HTMLDialogElement {
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
  let input: { content: string; fileName: string | null } | null = null;
  let preview: ReportPreview | null = null;

  const read = async () => {
    message.textContent = 'Reading…';
    const chosen = file.files?.[0];
    input = chosen
      ? { content: await chosen.text(), fileName: chosen.name }
      : { content: paste.value, fileName: null };
    try {
      preview = await reportsApi.preview(input);
      message.textContent = preview.duplicateOf
        ? `This text is stored already as ${preview.duplicateOf.name} (${preview.duplicateOf.id}).`
        : `${preview.paragraphs.length} paragraphs; ${preview.furniture.length} look like page furniture and are ticked to be dropped.`;
      showReview(preview);
    } catch (e) {
      message.textContent = e instanceof Error ? e.message : String(e);
    }
  };

  const field = (label: string, value: string | null, name: string) =>
    h('label', {}, label, h('input', { name, value: value ?? '' }));

  const showReview = (p: ReportPreview) => {
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
    review.replaceChildren(
      h('ol', { class: 'report-paragraphs' }, ...rows),
      h(
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
      ),
      h('button', { type: 'button', onclick: () => void save() }, 'Save the report'),
    );
  };

  const value = (name: string) => {
    const el = review.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    const v = el?.value.trim() ?? '';
    return v === '' ? null : v;
  };

  const save = async () => {
    if (!input || !preview) return;
    const drop = [...review.querySelectorAll<HTMLInputElement>('input[name="drop"]:checked')].map(
      (b) => Number(b.value),
    );
    const inferred =
      review.querySelector<HTMLInputElement>('[name="dateInferred"]')?.checked ?? false;
    const date = value('date');
    try {
      const { report } = await reportsApi.save({
        ...input,
        drop,
        headline: value('headline'),
        outlet: value('outlet'),
        url: value('url'),
        datePrinted: value('datePrinted'),
        date,
        datePrecision:
          date === null
            ? null
            : readValue(DatePrecision.default('day'), value('datePrecision') ?? ''),
        dateInferred: inferred,
        dateInferredFrom: value('dateInferredFrom'),
      });
      dialog.close();
      onSaved(report.id);
    } catch (e) {
      const dup =
        e instanceof ReportsError
          ? (e.details as { duplicateOf?: { id: string } } | undefined)?.duplicateOf
          : undefined;
      message.textContent = e instanceof Error ? e.message : String(e);
      if (dup) {
        message.append(
          ' ',
          h(
            'button',
            { type: 'button', onclick: () => (dialog.close(), onSaved(dup.id)) },
            'Open it',
          ),
        );
      }
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
