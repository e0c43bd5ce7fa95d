/**
 * The team's workspace endpoints. Reading and sharing need an account of any
 * role (a reader may share a view); deleting is for the author or an admin,
 * checked in store.ts. Every write passes the session's CSRF check
 * (requireRole) and is recorded in the workspace's log.
 */
import {
  Done,
  TeamCommentList,
  TeamQuery,
  TeamQueryList,
  TeamQueryRequest,
  TeamView,
  TeamViewList,
  TeamViewRequest,
  WORKSPACE_LIST_MAX,
  WorkspaceLog,
} from '../../contract/index.js';
import { currentUser } from '../auth/require.js';
import { read, type Store } from '../auth/store.js';
import { COMMENT } from '../curation/records.js';
import { route, type RouteDef } from '../http/route.js';
import { listQueries, listViews, remove, shareQuery, shareView, workspaceLog } from './store.js';

const READ_ERRORS = ['UNAUTHENTICATED'];
const WRITE_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT'];
const DELETE_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const done = { ok: true as const };

export function workspaceRoutes(store: Store): RouteDef[] {
  return [
    route({
      method: 'get',
      path: '/workspace/views',
      tags: ['workspace'],
      role: 'reader',
      response: TeamViewList,
      errors: READ_ERRORS,
      summary: "The team's shared views, by name, each with its author",
      handler: async () => ({ views: await listViews(store) }),
    }),
    route({
      method: 'post',
      path: '/workspace/views',
      tags: ['workspace'],
      role: 'reader',
      body: TeamViewRequest,
      response: TeamView,
      errors: WRITE_ERRORS,
      summary: 'Share a view (its link) with the team; a name the team uses already is refused',
      handler: ({ body, res }) => shareView(store, body, currentUser(res)),
    }),
    route({
      method: 'delete',
      path: '/workspace/views/:id',
      tags: ['workspace'],
      role: 'reader',
      pathParams: ['id'],
      response: Done,
      errors: DELETE_ERRORS,
      summary: 'Delete a shared view (its author or an admin)',
      handler: async ({ params, res }) => {
        await remove(store, 'view', params.id ?? '', currentUser(res));
        return done;
      },
    }),
    route({
      method: 'get',
      path: '/workspace/queries',
      tags: ['workspace'],
      role: 'reader',
      response: TeamQueryList,
      errors: READ_ERRORS,
      summary: "The team's saved queries, by name, each with its author",
      handler: async () => ({ queries: await listQueries(store) }),
    }),
    route({
      method: 'post',
      path: '/workspace/queries',
      tags: ['workspace'],
      role: 'reader',
      body: TeamQueryRequest,
      response: TeamQuery,
      errors: WRITE_ERRORS,
      summary: "Save a query to the team's library (it still runs read-only, as every query)",
      handler: ({ body, res }) => shareQuery(store, body, currentUser(res)),
    }),
    route({
      method: 'delete',
      path: '/workspace/queries/:id',
      tags: ['workspace'],
      role: 'reader',
      pathParams: ['id'],
      response: Done,
      errors: DELETE_ERRORS,
      summary: 'Delete a saved query (its author or an admin)',
      handler: async ({ params, res }) => {
        await remove(store, 'query', params.id ?? '', currentUser(res));
        return done;
      },
    }),
    route({
      method: 'get',
      path: '/workspace/comments',
      tags: ['workspace'],
      role: 'editor',
      response: TeamCommentList,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: "The team's comments on drafts and claims, newest first, with their author",
      handler: async () => {
        const rows = await read(
          store,
          `MATCH (c:${COMMENT})
           RETURN {id: c._uid, on: c._on, text: c._text, author: c._author, at: c._at} AS c
           ORDER BY c._at DESC LIMIT $max`,
          { max: WORKSPACE_LIST_MAX },
        );
        return TeamCommentList.parse({ comments: rows.map((r) => r.c) });
      },
    }),
    route({
      method: 'get',
      path: '/workspace/log',
      tags: ['workspace'],
      role: 'admin',
      response: WorkspaceLog,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: "The workspace's record of every share and delete, newest first (admin)",
      handler: async () => ({ events: await workspaceLog(store) }),
    }),
  ];
}
