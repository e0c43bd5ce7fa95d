// "Team queries" in the workbench, under the saved-query library: queries
// signed-in people saved for the team, each with its author (click to load
// it into the editor), and a box to save the editor's query for the team.
// They run as every query does: read-only. Without an account the block
// says so; the library and the browser's history stay as before.
import type { TeamQuery, User } from '../../../../contract/index.js';
import type { WorkspaceApi } from '../../api/workspace.js';
import { errorText, h } from '../dom.js';
import { parseParams } from '../workbench-view.js';
import { renderTeamList } from './team-list.js';

export interface TeamQueriesDeps {
  api: Pick<WorkspaceApi, 'queries' | 'shareQuery' | 'deleteQuery'>;
  user(): User | null;
  onUser(fn: () => void): () => void;
  /** The editor's query and its parameters box. */
  current(): { cypher: string; params: string };
  load(q: { cypher: string; params: Record<string, unknown> }): void;
  notice(text: string): void;
}

export function teamQueriesBlock(deps: TeamQueriesDeps): HTMLElement {
  const list = h('ul', { class: 'plain library team-list', 'aria-label': 'Team queries' });
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const name = h('input', {
    type: 'text',
    'aria-label': 'Team query name',
    placeholder: 'Name it for the team',
  });
  const fail = (text: string) => (status.textContent = text);
  const actions = {
    open: (q: TeamQuery) => deps.load(q),
    remove: async (q: TeamQuery) => {
      await deps.api.deleteQuery(q.id);
      deps.notice(`Deleted “${q.name}” from the team's queries.`);
      await load();
    },
  };

  async function load(): Promise<void> {
    status.textContent = '';
    try {
      const { queries } = await deps.api.queries();
      renderTeamList(list, queries, deps.user(), actions, fail, 'No team queries yet.');
    } catch (e) {
      fail(errorText(e));
    }
  }

  async function share(): Promise<void> {
    status.textContent = '';
    const { cypher, params } = deps.current();
    const read = parseParams(params);
    if ('problem' in read) return void fail(read.problem);
    try {
      const q = await deps.api.shareQuery({ name: name.value.trim(), cypher, params: read.params });
      name.value = '';
      deps.notice(`Saved “${q.name}” for the team.`);
      await load();
    } catch (e) {
      fail(errorText(e));
    }
  }

  const form = h(
    'div',
    { class: 'row' },
    name,
    h('button', { type: 'button', text: 'Save for the team', onclick: () => void share() }),
  );
  const root = h('section', { class: 'team-queries', 'aria-label': 'Team queries' });
  const render = () => {
    const signedIn = deps.user() !== null;
    root.replaceChildren(
      h('h3', { text: 'Team queries' }),
      ...(signedIn
        ? [form, status, list]
        : [h('p', { class: 'muted', text: 'Sign in to see and save the team’s queries.' })]),
    );
    if (signedIn) void load();
  };
  deps.onUser(render);
  render();
  return root;
}
