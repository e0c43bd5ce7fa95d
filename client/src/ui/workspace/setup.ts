// The workspace's blocks wired to the page: the API, who is signed in, the
// store's view as a link, the clipboard and the notice line. The blocks
// themselves take these as arguments, so their tests need no browser.
import { workspaceApi } from '../../api/workspace.js';
import { viewOf } from '../../state/store.js';
import { encodeState } from '../../state/url-state.js';
import { account } from '../account/session.js';
import type { Explorer } from '../explorer.js';
import { teamCommentsBlock } from './team-comments.js';
import { teamQueriesBlock, type TeamQueriesDeps } from './team-queries.js';
import { teamStoriesBlock, type TeamStoriesDeps } from './team-stories.js';
import { teamViewsBlock } from './team-views.js';
import './workspace.css';

const user = () => account.current();
const onUser = (fn: () => void) => account.subscribe(() => fn());

/** Team views and, for editors, the team's comments: for the Export & views panel. */
export function teamWorkspace(ctx: Pick<Explorer, 'store' | 'bus'>): HTMLElement[] {
  const notice = (text: string) => ctx.bus.emit('notice', { text });
  const views = teamViewsBlock(
    {
      api: workspaceApi,
      user,
      onUser,
      currentLink: () => encodeState(viewOf(ctx.store.get())),
      openLink: (link) => location.assign(location.pathname + link),
      copy: (text) => navigator.clipboard?.writeText(text) ?? Promise.resolve(),
      notice,
    },
    location.origin + location.pathname,
  );
  const comments = teamCommentsBlock({
    comments: () => workspaceApi.comments(),
    user,
    onUser,
    show: (on) => {
      const node = on.split('|')[0] ?? on;
      ctx.store.update({ selected: [node], panel: 'details' });
    },
  });
  return [views, comments];
}

/** Team queries for the workbench, beside its library. */
export function teamQueries(
  ctx: Pick<Explorer, 'bus'>,
  editor: Pick<TeamQueriesDeps, 'current' | 'load'>,
): HTMLElement {
  return teamQueriesBlock({
    api: workspaceApi,
    user,
    onUser,
    notice: (text) => ctx.bus.emit('notice', { text }),
    ...editor,
  });
}

/** Team stories for the Story tab, below its own list. */
export function teamStories(
  ctx: Pick<Explorer, 'bus'>,
  story: Pick<TeamStoriesDeps, 'current' | 'open'>,
): HTMLElement {
  return teamStoriesBlock({
    api: workspaceApi,
    user,
    onUser,
    notice: (text) => ctx.bus.emit('notice', { text }),
    ...story,
  });
}
