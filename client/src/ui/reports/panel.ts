// The Reports tab: the reports listed with their outlet and date, one opened
// in the reading view (its marks: claims, the graph's names, new names,
// dates), and a selection of its words turned into a claim. Adding a report
// and drafting claims need an editor's account; reading needs none.
import type { ClaimVocabulary, Reading, ReportSummary } from '../../../../contract/index.js';
import { reportsApi } from '../../api/reports.js';
import type { Expander } from '../expand.js';
import type { Explorer } from '../explorer.js';
import { h } from '../dom.js';
import { openAddDialog } from './add-dialog.js';
import { claimForm, type Selection } from './claim-form.js';
import { phone } from '../bottom-sheet.js';
import { offsetOf, renderParagraph } from './marks.js';
import './reports.css';

const dateText = (r: ReportSummary) =>
  r.date ? `${r.date.slice(0, 10)}${r.dateInferred ? ' (inferred)' : ''}` : 'undated';

/** What a phone shows where the claim form would be: claim making wants room for the text and the form. */
export const LARGER_SCREEN =
  'Making a claim needs a larger screen: open this report on a tablet or a computer to select its words.';

/** The reading view: headline, outlet and date as printed, a legend, and each paragraph with its marks. */
export function readingView(reading: Reading): HTMLElement[] {
  const r = reading.report;
  return [
    h('h3', { text: r.headline ?? r.name }),
    h('p', {
      class: 'report-meta',
      text: [r.outlet ?? 'outlet not named', r.datePrinted ?? dateText(r)].join(' · '),
    }),
    h('p', {
      class: 'report-legend',
      text: 'Marked: claims drawn from it, names in the graph, new names, dates. Select words to make a claim.',
    }),
    ...reading.paragraphs.map((p) => renderParagraph(p.n, p.text, p.spans)),
  ];
}

/** The list of reports, each a button that opens it. */
export function reportItems(reports: readonly ReportSummary[], open: (id: string) => void) {
  return reports.map((r) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => open(r.id) },
        r.headline ?? r.name,
      ),
      h('span', {
        class: 'report-meta',
        text: ` ${r.outlet ?? ''} · ${dateText(r)} · ${r.paragraphs} ¶`,
      }),
    ),
  );
}

/** The selection as a claim's span, or why it is not one (across paragraphs, outside the words). */
export function selectionOf(
  reading: Reading,
  range: Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): Selection | string {
  const a = offsetOf(range.startContainer, range.startOffset);
  const b = offsetOf(range.endContainer, range.endOffset);
  if (!a || !b || a.n !== b.n || b.at <= a.at)
    return 'Select words within one paragraph to make a claim.';
  const paragraph = reading.paragraphs[a.n - 1];
  if (!paragraph) return 'Select words within one paragraph to make a claim.';
  return {
    reportId: reading.report.id,
    paragraph: a.n,
    start: a.at,
    end: b.at,
    quote: paragraph.text.slice(a.at, b.at),
    marks: paragraph.spans.filter((m) => m.start < b.at && m.end > a.at),
  };
}

/** The reading column before a report is chosen. */
const CHOOSE_REPORT =
  'Choose a report to read it here, paragraph by paragraph, with the names, dates and claims the graph took from it marked.';

/** The claim's node (a link's far end first, then its near one) brought onto the canvas and selected, as search does. */
async function showClaim(
  ctx: Pick<Explorer, 'store'>,
  expander: Pick<Expander, 'reveal'>,
  id: string,
): Promise<void> {
  const [from, , to] = id.split('|');
  const node = from ?? id;
  if (to) await expander.reveal(to);
  await expander.reveal(node);
  ctx.store.update({ selected: [node] });
}

export function setupReports(
  root: HTMLElement,
  ctx: Pick<Explorer, 'store'>,
  expander: Pick<Expander, 'reveal'>,
  api: Pick<typeof reportsApi, 'list' | 'reading' | 'vocabulary'> = reportsApi,
) {
  const list = h('ul', { class: 'report-list', 'aria-label': 'Reports' });
  // Until a report is chosen the reading column says what it is for, rather than standing empty.
  const view = h(
    'div',
    { class: 'report-reading', 'aria-live': 'polite' },
    h('p', { class: 'muted report-empty', text: CHOOSE_REPORT }),
  );
  // Claim making is a write: hidden from readers (ui/account/account.css).
  const side = h('div', { class: 'report-claim needs-editor' });
  let reading: Reading | null = null;
  let vocabulary: ClaimVocabulary | null = null;
  const fail = (e: unknown) =>
    h('p', { class: 'error', text: e instanceof Error ? e.message : String(e) });

  const open = async (id: string) => {
    view.replaceChildren(h('p', { text: 'Reading…' }));
    side.replaceChildren();
    try {
      reading = await api.reading(id);
      view.replaceChildren(...readingView(reading));
      // From its headline, in sight: the panel under the canvas may be shorter than the
      // columns and scrolled down to the list's last report (seen at 1024); a phone stacks them.
      view.scrollTop = 0;
      view.scrollIntoView?.({ block: 'start' });
    } catch (e) {
      view.replaceChildren(fail(e));
    }
  };

  view.addEventListener('click', (ev) => {
    const seg = (ev.target as Element).closest<HTMLElement>('[data-claim]');
    if (seg?.dataset.claim && (window.getSelection()?.isCollapsed ?? true))
      void showClaim(ctx, expander, seg.dataset.claim).catch((e: unknown) => view.prepend(fail(e)));
  });
  view.addEventListener('mouseup', () => void selectionToClaim());

  const selectionToClaim = async () => {
    const s = window.getSelection();
    if (!reading || !s || s.isCollapsed || s.rangeCount === 0) return;
    if (phone())
      return void side.replaceChildren(h('p', { class: 'report-message', text: LARGER_SCREEN }));
    const sel = selectionOf(reading, s.getRangeAt(0));
    if (typeof sel === 'string') return void side.replaceChildren(h('p', { text: sel }));
    vocabulary ??= await api.vocabulary();
    side.replaceChildren(claimForm(sel, vocabulary));
  };

  const refresh = async (openId?: string) => {
    const { reports } = await api.list();
    list.replaceChildren(...reportItems(reports, (id) => void open(id)));
    if (openId) await open(openId);
  };

  const add = h(
    'button',
    {
      type: 'button',
      class: 'needs-editor',
      onclick: () => openAddDialog((id) => void refresh(id)),
    },
    'Add a report',
  );
  // On a phone the reading view and review work; claim making says it needs a larger screen.
  const small = h('p', { class: 'report-phone-note needs-editor', text: LARGER_SCREEN });
  root.replaceChildren(
    h(
      'div',
      { class: 'reports' },
      h('div', { class: 'report-side' }, add, small, list),
      view,
      side,
    ),
  );
  return { refresh };
}
