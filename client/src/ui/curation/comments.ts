// Comments on a draft or a published claim: the thread oldest first, with
// who and when, and a box to add one (editors and reviewers; the server
// checks the role again).
import { curationApi } from '../../api/curation.js';
import { account } from '../account/session.js';
import { errorText, h } from '../dom.js';
import { when } from './describe.js';

export function commentsBlock(on: string, label = 'Comments'): HTMLElement {
  const list = h('ul', { class: 'comments', 'aria-label': label });
  const error = h('p', { class: 'curation-error', role: 'alert' });
  const text = h('textarea', { rows: 2, name: 'comment', 'aria-label': `Add to ${label}` });
  const load = async () => {
    try {
      const { comments } = await curationApi.comments(on);
      list.replaceChildren(
        ...(comments.length
          ? comments.map((c) =>
              h(
                'li',
                {},
                h('strong', { text: c.author }),
                h('span', { class: 'muted', text: ` ${when(c.at)}: ` }),
                c.text,
              ),
            )
          : [h('li', { class: 'muted', text: 'No comments yet.' })]),
      );
    } catch (e) {
      error.textContent = errorText(e);
    }
  };
  const form = h(
    'form',
    { class: 'comment-form', 'aria-label': `Comment on ${on}` },
    text,
    h('button', { type: 'submit', text: 'Comment' }),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.textContent = '';
    curationApi.comment(on, text.value).then(
      () => {
        text.value = '';
        void load();
      },
      (e: unknown) => (error.textContent = errorText(e)),
    );
  });
  // Only those who may comment are asked for the thread: the endpoint needs an editor.
  if (account.can('editor')) void load();
  return h(
    'div',
    { class: 'comments-block needs-editor' },
    h('h4', { text: label }),
    list,
    form,
    error,
  );
}
