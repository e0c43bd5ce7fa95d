// "Team views" under Export & views: the views signed-in people shared with
// the team, each with its author, opened by its link (a teammate's link
// opens the same view), and a box to share the current one. Without an
// account the block only says how to get one; the browser's own saved views
// stay above it as before.
import type { TeamView, User } from '../../../../contract/index.js';
import type { WorkspaceApi } from '../../api/workspace.js';
import { h } from '../dom.js';
import { teamBlock } from './team-block.js';

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
  return teamBlock<TeamView>({
    title: 'Team views',
    className: 'team-views',
    nameLabel: 'Team view name',
    placeholder: 'Name it for the team',
    shareText: 'Share with the team',
    signedOut: 'Sign in to share views with your team; the views above stay in this browser.',
    empty: 'No team views yet.',
    user: () => deps.user(),
    onUser: (fn) => deps.onUser(fn),
    notice: (text) => deps.notice(text),
    items: async () => (await deps.api.views()).views,
    share: async (typed) => {
      const v = await deps.api.shareView({ name: typed, state: deps.currentLink() });
      return `Shared “${v.name}” with the team.`;
    },
    open: (v) => deps.openLink(v.state),
    remove: async (v) => {
      await deps.api.deleteView(v.id);
      return `Deleted “${v.name}” from the team's views.`;
    },
    extra: (v) => [
      h('button', {
        type: 'button',
        text: 'Copy link',
        'aria-label': `Copy the link of ${v.name}`,
        onclick: () =>
          void deps.copy(linkAddress(v.state, base)).then(() => deps.notice('Link copied.')),
      }),
    ],
  });
}
