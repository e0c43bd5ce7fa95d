// "Team queries" in the workbench, under the saved-query library: queries
// signed-in people saved for the team, each with its author (click to load
// it into the editor), and a box to save the editor's query for the team.
// They run as every query does: read-only. Without an account the block
// says so; the library and the browser's history stay as before.
import type { TeamQuery, User } from '../../../../contract/index.js';
import type { WorkspaceApi } from '../../api/workspace.js';
import { parseParams } from '../workbench-view.js';
import { teamBlock } from './team-block.js';

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
  return teamBlock<TeamQuery>({
    title: 'Team queries',
    className: 'team-queries',
    listClass: 'plain library team-list',
    nameLabel: 'Team query name',
    placeholder: 'Name it for the team',
    shareText: 'Save for the team',
    signedOut: 'Sign in to see and save the team’s queries.',
    empty: 'No team queries yet.',
    user: () => deps.user(),
    onUser: (fn) => deps.onUser(fn),
    notice: (text) => deps.notice(text),
    items: async () => (await deps.api.queries()).queries,
    share: async (typed) => {
      const { cypher, params } = deps.current();
      const read = parseParams(params);
      if ('problem' in read) throw new Error(read.problem);
      const q = await deps.api.shareQuery({ name: typed, cypher, params: read.params });
      return `Saved “${q.name}” for the team.`;
    },
    open: (q) => deps.load(q),
    remove: async (q) => {
      await deps.api.deleteQuery(q.id);
      return `Deleted “${q.name}” from the team's queries.`;
    },
  });
}
