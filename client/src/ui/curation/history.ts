// A claim's history: every published change to a node or a link, oldest
// first, with who drafted it, who published it, when, why, and what it
// changed (before → after). A reviewer may revert a change by a new one;
// a refusal (later changes build on it, naming them) is shown as the server
// words it. The world's dates (As of, the two clocks) are not this: this is
// the graph's own record.
import type { ChangeRecord } from '../../../../contract/index.js';
import { curationApi } from '../../api/curation.js';
import { account } from '../account/session.js';
import { errorText, h } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { diffRows, when } from './describe.js';
import { reasonRow } from './reason-row.js';

function diffTable(c: ChangeRecord): HTMLElement {
  const rows = diffRows(c.before, c.after);
  if (rows.length === 0) return h('p', { class: 'muted', text: 'No property changed.' });
  return h(
    'table',
    { class: 'change-diff' },
    h(
      'thead',
      {},
      h('tr', {}, ...['On', 'Property', 'Before', 'After'].map((t) => h('th', { text: t }))),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('td', { text: r.on }),
          h('td', { text: r.property }),
          h('td', { class: 'before', text: r.before }),
          h('td', { class: 'after', text: r.after }),
        ),
      ),
    ),
  );
}

/** Said of a change made on a graph a load has since replaced: kept as history, never reverted. */
function replacedNote(c: ChangeRecord): HTMLElement | null {
  if (c.replacedBy === null) return null;
  const day = c.replacedAt ? ` on ${when(c.replacedAt)}` : '';
  return h('p', {
    class: 'muted change-replaced',
    text: `Made on an earlier graph: a load replaced it${day} (backup ${c.replacedBy}). Kept as history; restoring that backup makes it current again.`,
  });
}

/** One change: who drafted and published it, when, why, what it changed, and Revert for a reviewer. */
export function changeItem(
  c: ChangeRecord,
  reverted: ReadonlySet<string>,
  mayRevert: boolean,
  revert: (why: string) => Promise<unknown>,
): HTMLLIElement {
  const by =
    c.author === c.reviewer
      ? `by ${c.author}`
      : `drafted by ${c.author}, published by ${c.reviewer}`;
  return h(
    'li',
    { 'data-change': c.id },
    h('p', {}, h('strong', { text: `#${c.seq} ${c.kind}` }), ` ${by}, ${when(c.at)}`),
    h('p', { text: `Why: ${c.why}` }),
    c.revertOf ? h('p', { class: 'muted', text: 'This change reverts an earlier one.' }) : null,
    reverted.has(c.id) ? h('p', { class: 'muted', text: 'Reverted since.' }) : null,
    replacedNote(c),
    diffTable(c),
    mayRevert && c.replacedBy === null ? reasonRow('Why revert it', 'Revert', revert, 'why') : null,
  );
}

export function openHistory(
  ctx: Pick<Explorer, 'bus'>,
  key: string,
  title: string,
): HTMLDialogElement {
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const list = h('ol', { class: 'curation-list', 'aria-label': 'Changes' });

  const revert = (c: ChangeRecord, why: string) =>
    curationApi.revert(c.id, why).then(
      () => {
        ctx.bus.emit('notice', { text: `Change #${c.seq} reverted.` });
        void load();
      },
      (e: unknown) => (status.textContent = errorText(e)),
    );
  const item = (c: ChangeRecord, reverted: Set<string>) =>
    changeItem(
      c,
      reverted,
      account.can('reviewer') && !c.revertOf && !reverted.has(c.id),
      (why) => {
        status.textContent = '';
        return revert(c, why);
      },
    );

  const load = async () => {
    try {
      const history = await curationApi.history(key);
      const reverted = new Set(history.changes.flatMap((c) => (c.revertOf ? [c.revertOf] : [])));
      list.replaceChildren(
        ...(history.changes.length
          ? history.changes.map((c) => item(c, reverted))
          : [h('li', { class: 'muted', text: 'No change since it was loaded.' })]),
      );
    } catch (e) {
      status.textContent = errorText(e);
    }
  };

  const dialog = h(
    'dialog',
    { class: 'curation-dialog', 'aria-label': `History of ${title}` },
    h('h2', { text: `History of ${title}` }),
    h('p', {
      class: 'muted',
      text: "The graph's own record of changes: who, when, before and after, why.",
    }),
    h('button', { type: 'button', text: 'Close', onclick: () => dialog.close() }),
    status,
    list,
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  void load();
  return dialog;
}
