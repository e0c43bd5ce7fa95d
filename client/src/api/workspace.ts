// The team's workspace endpoints: shared views, queries and stories with their
// author, the team's comments. Answers parsed with the contract's schemas;
// writes carry the session's CSRF token (api/reports.ts).
import {
  Done,
  TeamCommentList,
  TeamQuery,
  TeamQueryList,
  TeamStory,
  TeamStoryList,
  TeamView,
  TeamViewList,
  type TeamQueryRequest,
  type TeamStoryRequest,
  type TeamViewRequest,
} from '../../../contract/index.js';
import { answer, get, post, session } from './reports.js';

async function del(path: string) {
  const { csrfToken } = await session();
  return answer(
    await fetch(path, {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: csrfToken ? { 'X-CSRF-Token': csrfToken } : {},
    }),
    Done,
  );
}

const enc = encodeURIComponent;

export const workspaceApi = {
  views: () => get('/api/workspace/views', TeamViewList),
  shareView: (r: Omit<TeamViewRequest, 'description'> & { description?: string }) =>
    post('/api/workspace/views', r, TeamView),
  deleteView: (id: string) => del(`/api/workspace/views/${enc(id)}`),
  queries: () => get('/api/workspace/queries', TeamQueryList),
  shareQuery: (
    r: Omit<TeamQueryRequest, 'description' | 'params'> &
      Partial<Pick<TeamQueryRequest, 'description' | 'params'>>,
  ) => post('/api/workspace/queries', r, TeamQuery),
  deleteQuery: (id: string) => del(`/api/workspace/queries/${enc(id)}`),
  stories: () => get('/api/workspace/stories', TeamStoryList),
  shareStory: (r: Omit<TeamStoryRequest, 'description'> & { description?: string }) =>
    post('/api/workspace/stories', r, TeamStory),
  deleteStory: (id: string) => del(`/api/workspace/stories/${enc(id)}`),
  comments: () => get('/api/workspace/comments', TeamCommentList),
};
export type WorkspaceApi = typeof workspaceApi;
