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
import { DRAFTS_CHANGED } from './draft-layer.js';
import { reasonRow } from './reason-row.js';

/** Oldest first: the server lists them newest first, in the order they were made. */
const inOrder = (drafts: Draft[]) => [...drafts].reverse();

/** One draft: marked as a draft, what it proposes, who and when, why, the reviewer's actions, its comments. */
export function draftItem(d: Draft, actions: HTMLElement | null): HTMLLIElement {
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
}

/**
 * Publishes the drafts in order, stopping at the first refusal; returns how
 * many were published and the refusal's words, if any.
 */
export async function publishInOrder(
  drafts: readonly Draft[],
  publish: (id: string) => Promise<unknown>,
): Promise<{ done: number; stopped?: string }> {
  let done = 0;
  try {
    for (const d of drafts) {
      await publish(d.id);
      done++;
    }
  } catch (e) {
    return { done, stopped: `Published ${done}; stopped at the next: ${errorText(e)}` };
  }
  return { done };
}

/** What the review list needs of the API: the open drafts, publish and reject. */
export type ReviewApi = Pick<typeof curationApi, 'drafts' | 'publish' | 'reject'>;

export function openReview(
  ctx: Pick<Explorer, 'bus'>,
  api: ReviewApi = curationApi,
): HTMLDialogElement {
  const reviewer = account.can('reviewer');
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const list = h('ul', { class: 'curation-list', 'aria-label': 'Open drafts' });
  let drafts: Draft[] = [];
  // The editor's canvas draws the open drafts again (draft-layer.ts).
  const redraw = () => document.dispatchEvent(new Event(DRAFTS_CHANGED));
  const changed = () => {
    ctx.bus.emit('notice', { text: 'The graph changed: reload to see it.' });
    redraw();
  };
  const refuse = (e: unknown) => (status.textContent = errorText(e));
  const actions = (d: Draft) =>
    h(
      'div',
      { class: 'row' },
      h('button', {
        type: 'button',
        text: 'Publish',
        onclick: () => void api.publish(d.id).then(() => (changed(), load()), refuse),
      }),
      reasonRow('Why reject it', 'Reject', (reason) =>
        api.reject(d.id, reason).then(() => (redraw(), load()), refuse),
      ),
    );

  const load = async () => {
    try {
      drafts = inOrder((await api.drafts('open')).drafts);
      list.replaceChildren(
        ...(drafts.length
          ? drafts.map((d) => draftItem(d, reviewer ? actions(d) : null))
          : [h('li', { class: 'muted', text: 'No open drafts.' })]),
      );
      publishAll.disabled = drafts.length === 0;
    } catch (e) {
      refuse(e);
    }
  };

  const publishAll = h('button', {
    type: 'button',
    text: 'Publish all in order',
    class: 'needs-reviewer',
    onclick: () => {
      status.textContent = '';
      void publishInOrder(drafts, (id) => api.publish(id)).then(async ({ done, stopped }) => {
        if (stopped) status.textContent = stopped;
        if (done > 0) changed();
        await load();
      });
    },
  });

  const close = h('button', { type: 'button', text: 'Close', onclick: () => dialog.close() });
  const dialog = h(
    'dialog',
    { class: 'curation-dialog', 'aria-label': reviewer ? 'Review drafts' : 'Drafts' },
    h('h2', { text: reviewer ? 'Review drafts' : 'Drafts waiting for a reviewer' }),
    h('p', {
      class: 'muted',
      text: 'Drafts are seen only by editors and reviewers until a reviewer publishes them.',
    }),
    h('div', { class: 'row' }, publishAll, close),
    status,
    list,
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  void load();
  return dialog;
}
