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
import { claimForm } from './claim-form.js';
import { offsetOf, renderParagraph } from './marks.js';

const dateText = (r: ReportSummary) =>
  r.date ? `${r.date.slice(0, 10)}${r.dateInferred ? ' (inferred)' : ''}` : 'undated';

export function setupReports(
  root: HTMLElement,
  ctx: Pick<Explorer, 'store'>,
  expander: Pick<Expander, 'reveal'>,
) {
  const list = h('ul', { class: 'report-list', 'aria-label': 'Reports' });
  const view = h('div', { class: 'report-reading', 'aria-live': 'polite' });
  // Claim making is a write: hidden from readers (ui/account/account.css).
  const side = h('div', { class: 'report-claim needs-editor' });
  let reading: Reading | null = null;
  let vocabulary: ClaimVocabulary | null = null;

  // The claim's node (a link's far end first, then its near one) brought onto the canvas and selected, as search does.
  const showClaim = (id: string) => {
    const [from, , to] = id.split('|');
    const node = from ?? id;
    void (async () => {
      if (to) await expander.reveal(to);
      await expander.reveal(node);
      ctx.store.update({ selected: [node] });
    })().catch((e: unknown) =>
      view.prepend(h('p', { class: 'error', text: e instanceof Error ? e.message : String(e) })),
    );
  };

  const open = async (id: string) => {
    view.replaceChildren(h('p', { text: 'Reading…' }));
    side.replaceChildren();
    try {
      reading = await reportsApi.reading(id);
    } catch (e) {
      view.replaceChildren(h('p', { text: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const r = reading.report;
    view.replaceChildren(
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
    );
  };

  view.addEventListener('click', (ev) => {
    const seg = (ev.target as Element).closest<HTMLElement>('[data-claim]');
    if (seg?.dataset.claim && (window.getSelection()?.isCollapsed ?? true))
      showClaim(seg.dataset.claim);
  });

  view.addEventListener('mouseup', () => void selectionToClaim());

  const selectionToClaim = async () => {
    const s = window.getSelection();
    if (!reading || !s || s.isCollapsed || s.rangeCount === 0) return;
    const range = s.getRangeAt(0);
    const a = offsetOf(range.startContainer, range.startOffset);
    const b = offsetOf(range.endContainer, range.endOffset);
    if (!a || !b || a.n !== b.n || b.at <= a.at) {
      side.replaceChildren(h('p', { text: 'Select words within one paragraph to make a claim.' }));
      return;
    }
    const paragraph = reading.paragraphs[a.n - 1];
    if (!paragraph) return;
    vocabulary ??= await reportsApi.vocabulary();
    side.replaceChildren(
      claimForm(
        {
          reportId: reading.report.id,
          paragraph: a.n,
          start: a.at,
          end: b.at,
          quote: paragraph.text.slice(a.at, b.at),
          marks: paragraph.spans.filter((m) => m.start < b.at && m.end > a.at),
        },
        vocabulary,
      ),
    );
  };

  const refresh = async (openId?: string) => {
    const { reports } = await reportsApi.list();
    list.replaceChildren(
      ...reports.map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => void open(r.id) },
            r.headline ?? r.name,
          ),
          h('span', {
            class: 'report-meta',
            text: ` ${r.outlet ?? ''} · ${dateText(r)} · ${r.paragraphs} ¶`,
          }),
        ),
      ),
    );
    if (openId) await open(openId);
  };

  root.replaceChildren(
    h(
      'div',
      { class: 'reports' },
      h(
        'div',
        { class: 'report-side' },
        h(
          'button',
          {
            type: 'button',
            class: 'needs-editor',
            onclick: () => openAddDialog((id) => void refresh(id)),
          },
          'Add a report',
        ),
        list,
      ),
      view,
      side,
    ),
  );
  return { refresh };
}
