/**
 * The team's workspace endpoints. Reading and sharing need an account of any
 * role (a reader may share a view); deleting is for the author or an admin,
 * checked in store.ts. Every write passes the session's CSRF check
 * (requireRole) and is recorded in the workspace's log.
 */
import type { z } from 'zod';
import {
  Done,
  TeamCommentList,
  TeamQuery,
  TeamQueryList,
  TeamQueryRequest,
  TeamStory,
  TeamStoryList,
  TeamStoryRequest,
  TeamView,
  TeamViewList,
  TeamViewRequest,
  WORKSPACE_LIST_MAX,
  WorkspaceLog,
  type User,
} from '../../contract/index.js';
import { currentUser } from '../auth/require.js';
import { read, type Store } from '../auth/store.js';
import { COMMENT, COMMENT_FIELDS } from '../curation/records.js';
import { route, type RouteDef } from '../http/route.js';
import {
  listQueries,
  listStories,
  listViews,
  remove,
  shareQuery,
  shareStory,
  shareView,
  workspaceLog,
  type WorkspaceKind,
} from './store.js';

const READ_ERRORS = ['UNAUTHENTICATED'];
const WRITE_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT'];
const DELETE_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const done = { ok: true as const };

/** What one kind of shared item needs for its list, share and delete routes. */
interface Kind<B extends z.ZodType> {
  kind: WorkspaceKind;
  /** The path's last part and the list's key: views, queries, stories. */
  plural: string;
  request: B;
  item: z.ZodType;
  list: z.ZodType;
  listOf: (store: Store) => Promise<unknown[]>;
  share: (store: Store, body: z.output<B>, user: User) => Promise<unknown>;
  says: { list: string; share: string; remove: string };
}

function itemRoutes<B extends z.ZodType>(store: Store, k: Kind<B>): RouteDef[] {
  const path = `/workspace/${k.plural}`;
  return [
    route({
      method: 'get',
      path,
      tags: ['workspace'],
      role: 'reader',
      response: k.list,
      errors: READ_ERRORS,
      summary: k.says.list,
      handler: async () => ({ [k.plural]: await k.listOf(store) }),
    }),
    route({
      method: 'post',
      path,
      tags: ['workspace'],
      role: 'reader',
      body: k.request,
      response: k.item,
      errors: WRITE_ERRORS,
      summary: k.says.share,
      handler: ({ body, res }) => k.share(store, body, currentUser(res)),
    }),
    route({
      method: 'delete',
      path: `${path}/:id`,
      tags: ['workspace'],
      role: 'reader',
      pathParams: ['id'],
      response: Done,
      errors: DELETE_ERRORS,
      summary: k.says.remove,
      handler: async ({ params, res }) => {
        await remove(store, k.kind, params.id ?? '', currentUser(res));
        return done;
      },
    }),
  ];
}

export function workspaceRoutes(store: Store): RouteDef[] {
  return [
    ...itemRoutes(store, {
      kind: 'view',
      plural: 'views',
      request: TeamViewRequest,
      item: TeamView,
      list: TeamViewList,
      listOf: listViews,
      share: shareView,
      says: {
        list: "The team's shared views, by name, each with its author",
        share: 'Share a view (its link) with the team; a name the team uses already is refused',
        remove: 'Delete a shared view (its author or an admin)',
      },
    }),
    ...itemRoutes(store, {
      kind: 'query',
      plural: 'queries',
      request: TeamQueryRequest,
      item: TeamQuery,
      list: TeamQueryList,
      listOf: listQueries,
      share: shareQuery,
      says: {
        list: "The team's saved queries, by name, each with its author",
        share: "Save a query to the team's library (it still runs read-only, as every query)",
        remove: 'Delete a saved query (its author or an admin)',
      },
    }),
    ...itemRoutes(store, {
      kind: 'story',
      plural: 'stories',
      request: TeamStoryRequest,
      item: TeamStory,
      list: TeamStoryList,
      listOf: listStories,
      share: shareStory,
      says: {
        list: "The team's shared stories, by name, each with its author",
        share:
          'Share a story (all its steps) with the team; a name the team uses already is refused',
        remove: 'Delete a shared story (its author or an admin)',
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
          // Ordered before the projection: after it, `c` is the map, which has no `_at`.
          `MATCH (c:${COMMENT})
           WITH c ORDER BY datetime(c._at) DESC LIMIT $max
           RETURN ${COMMENT_FIELDS} AS c`,
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
