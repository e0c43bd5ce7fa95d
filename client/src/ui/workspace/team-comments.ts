// "Team comments" under Export & views, for editors and reviewers: the
// comments on drafts and claims, newest first, each with its author, when,
// and what it is on (a click shows a node or link on the canvas).
import type { TeamCommentList, User } from '../../../../contract/index.js';
import { roleAtLeast } from '../account/session.js';
import { errorText, h } from '../dom.js';
import { when } from '../curation/describe.js';

export interface TeamCommentsDeps {
  comments(): Promise<TeamCommentList>;
  user(): User | null;
  onUser(fn: () => void): () => void;
  /** Shows what a comment is on: a node id or a link key (a draft id shows nothing). */
  show(on: string): void;
}

export function teamCommentsBlock(deps: TeamCommentsDeps): HTMLElement {
  const root = h('section', { class: 'team-comments', 'aria-label': 'Team comments' });
  const list = h('ul', { class: 'plain comments' });
  const status = h('p', { class: 'curation-error', role: 'alert' });
  async function load(): Promise<void> {
    try {
      const { comments } = await deps.comments();
      list.replaceChildren(
        ...(comments.length
          ? comments.map((c) =>
              h(
                'li',
                {},
                h('strong', { text: c.author }),
                h('span', { class: 'muted', text: ` ${when(c.at)} on ` }),
                h('button', {
                  type: 'button',
                  class: 'link',
                  text: c.on,
                  onclick: () => deps.show(c.on),
                }),
                h('div', { text: c.text }),
              ),
            )
          : [h('li', { class: 'muted', text: 'No comments yet.' })]),
      );
    } catch (e) {
      status.textContent = errorText(e);
    }
  }
  const render = () => {
    const may = roleAtLeast(deps.user(), 'editor');
    root.hidden = !may;
    root.replaceChildren(...(may ? [h('h3', { text: 'Team comments' }), status, list] : []));
    if (may) void load();
  };
  deps.onUser(render);
  render();
  return root;
}
