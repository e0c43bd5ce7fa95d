// The drafts waiting for review, oldest first (the order a claim's drafts
// are to be published in: a new node before the links that need it). Each
// is marked as a draft, says what it proposes, who drafted it, when and why,
// and has its comments. A reviewer publishes (one transaction each) or
// rejects with a reason; "Publish all in order" stops at the first refusal
// and shows it as the server words it (e.g. a claim changed since).
import type { Draft } from '../../../../contract/index.js';
import { curationApi } from '../../api/curation.js';
import { account } from '../account/session.js';
import { errorText, h } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { commentsBlock } from './comments.js';
import { describeOperation, when } from './describe.js';

/** Oldest first: the server lists them newest first, in the order they were made. */
const inOrder = (drafts: Draft[]) => [...drafts].reverse();

export function openReview(ctx: Pick<Explorer, 'bus'>): HTMLDialogElement {
  const reviewer = account.can('reviewer');
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const list = h('ul', { class: 'curation-list', 'aria-label': 'Open drafts' });
  let drafts: Draft[] = [];
  const changed = () => ctx.bus.emit('notice', { text: 'The graph changed: reload to see it.' });

  const publish = async (d: Draft) => {
    await curationApi.publish(d.id);
  };

  const item = (d: Draft) => {
    const reason = h('input', { name: 'reason', 'aria-label': 'Why reject it' });
    const actions = reviewer
      ? h(
          'div',
          { class: 'row' },
          h('button', {
            type: 'button',
            text: 'Publish',
            onclick: () =>
              void publish(d).then(
                () => (changed(), load()),
                (e: unknown) => (status.textContent = errorText(e)),
              ),
          }),
          reason,
          h('button', {
            type: 'button',
            text: 'Reject',
            onclick: () =>
              void curationApi.reject(d.id, reason.value).then(
                () => load(),
                (e: unknown) => (status.textContent = errorText(e)),
              ),
          }),
        )
      : null;
    return h(
      'li',
      { 'data-draft': d.id },
      h('p', {}, h('span', { class: 'draft-chip', text: 'Draft' }), describeOperation(d.op)),
      h('p', { class: 'muted', text: `Drafted by ${d.author.name}, ${when(d.createdAt)}` }),
      h('p', { text: `Why: ${d.why}` }),
      actions,
      h(
        'details',
        {},
        h('summary', { text: 'Comments' }),
        commentsBlock(d.id, 'Comments on this draft'),
      ),
    );
  };

  const load = async () => {
    try {
      drafts = inOrder((await curationApi.drafts('open')).drafts);
      list.replaceChildren(
        ...(drafts.length
          ? drafts.map(item)
          : [h('li', { class: 'muted', text: 'No open drafts.' })]),
      );
      publishAll.disabled = drafts.length === 0;
    } catch (e) {
      status.textContent = errorText(e);
    }
  };

  const publishAll = h('button', {
    type: 'button',
    text: 'Publish all in order',
    class: 'needs-reviewer',
    onclick: () => {
      status.textContent = '';
      void (async () => {
        let done = 0;
        try {
          for (const d of drafts) {
            await publish(d);
            done++;
          }
        } catch (e) {
          status.textContent = `Published ${done}; stopped at the next: ${errorText(e)}`;
        }
        if (done > 0) changed();
        await load();
      })();
    },
  });

  const dialog = h(
    'dialog',
    { class: 'curation-dialog', 'aria-label': reviewer ? 'Review drafts' : 'Drafts' },
    h('h2', { text: reviewer ? 'Review drafts' : 'Drafts waiting for a reviewer' }),
    h('p', {
      class: 'muted',
      text: 'Drafts are seen only by editors and reviewers until a reviewer publishes them.',
    }),
    h(
      'div',
      { class: 'row' },
      publishAll,
      h('button', { type: 'button', text: 'Close', onclick: () => dialog.close() }),
    ),
    status,
    list,
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  void load();
  return dialog;
}
