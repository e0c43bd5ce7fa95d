// "Team views" under Export & views: the views signed-in people shared with
// the team, each with its author, opened by its link (a teammate's link
// opens the same view), and a box to share the current one. Without an
// account the block only says how to get one; the browser's own saved views
// stay above it as before.
import type { TeamView, User } from '../../../../contract/index.js';
import type { WorkspaceApi } from '../../api/workspace.js';
import { errorText, h } from '../dom.js';
import { renderTeamList } from './team-list.js';

export interface TeamViewsDeps {
  api: Pick<WorkspaceApi, 'views' | 'shareView' | 'deleteView'>;
  user(): User | null;
  /** Subscribes to sign-in and sign-out; returns the unsubscribe. */
  onUser(fn: () => void): () => void;
  /** The current view as its link (a query string). */
  currentLink(): string;
  /** Opens a link (a page load: the link rebuilds the view). */
  openLink(link: string): void;
  copy(text: string): Promise<void>;
  notice(text: string): void;
}

/** The absolute address of a view's link, to paste in a message to a teammate. */
export const linkAddress = (state: string, base: string) => `${base}${state}`;

export function teamViewsBlock(deps: TeamViewsDeps, base: string): HTMLElement {
  const list = h('ul', { class: 'plain team-list', 'aria-label': 'Team views' });
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const name = h('input', {
    type: 'text',
    'aria-label': 'Team view name',
    placeholder: 'Name it for the team',
  });
  const signedOut = h('p', {
    class: 'muted',
    text: 'Sign in to share views with your team; the views above stay in this browser.',
  });
  const fail = (text: string) => (status.textContent = text);

  const actions = {
    open: (v: TeamView) => deps.openLink(v.state),
    remove: async (v: TeamView) => {
      await deps.api.deleteView(v.id);
      deps.notice(`Deleted “${v.name}” from the team's views.`);
      await load();
    },
    extra: (v: TeamView) => [
      h('button', {
        type: 'button',
        text: 'Copy link',
        'aria-label': `Copy the link of ${v.name}`,
        onclick: () =>
          void deps.copy(linkAddress(v.state, base)).then(() => deps.notice('Link copied.')),
      }),
    ],
  };

  async function load(): Promise<void> {
    status.textContent = '';
    try {
      const { views } = await deps.api.views();
      renderTeamList(list, views, deps.user(), actions, fail, 'No team views yet.');
    } catch (e) {
      fail(errorText(e));
    }
  }

  async function share(): Promise<void> {
    status.textContent = '';
    try {
      const v = await deps.api.shareView({ name: name.value.trim(), state: deps.currentLink() });
      name.value = '';
      deps.notice(`Shared “${v.name}” with the team.`);
      await load();
    } catch (e) {
      fail(errorText(e));
    }
  }

  const form = h(
    'div',
    { class: 'row' },
    name,
    h('button', { type: 'button', text: 'Share with the team', onclick: () => void share() }),
  );
  const root = h('section', { class: 'team-views', 'aria-label': 'Team views' });
  const render = () => {
    const signedIn = deps.user() !== null;
    root.replaceChildren(
      h('h3', { text: 'Team views' }),
      ...(signedIn ? [form, status, list] : [signedOut]),
    );
    if (signedIn) void load();
  };
  deps.onUser(render);
  render();
  return root;
}
