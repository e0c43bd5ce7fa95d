/** The curation endpoints, each with the least role that may call it (listed so in the OpenAPI document). */
import { randomUUID } from 'node:crypto';
import {
  ChangeRecord,
  Comment,
  CommentList,
  CommentRequest,
  CommentsQuery,
  Draft,
  DraftList,
  DraftRequest,
  DraftsQuery,
  History,
  RejectRequest,
  RevertRequest,
} from '../../contract/index.js';
import { currentUser } from '../auth/require.js';
import { read, write, type Store } from '../auth/store.js';
import { ensureSourceIndex } from '../graph/source-index.js';
import { route, type RouteDef } from '../http/route.js';
import { COMMENT, COMMENT_FIELDS } from './records.js';
import {
  createDraft,
  getDraft,
  historyOf,
  listDrafts,
  publishDraft,
  rejectDraft,
  revertChange,
} from './service.js';

const WRITE_ERRORS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'];

/**
 * A published change or its revert can add a link of a new type or remove a
 * type's last link: the index on links' sources then names the types the
 * graph has again. Best effort: the change is made either way, and readers
 * fall back to reading every link while the index does not cover the types.
 */
async function afterGraphChange<T>(store: Store, change: Promise<T>): Promise<T> {
  const done = await change;
  await ensureSourceIndex(store.driver, store.database).catch(() => undefined);
  return done;
}

export function curationRoutes(store: Store): RouteDef[] {
  return [
    route({
      method: 'post',
      path: '/curation/drafts',
      tags: ['curation'],
      role: 'editor',
      body: DraftRequest,
      response: Draft,
      errors: WRITE_ERRORS,
      summary:
        'Propose a change (create, edit, retract, retype or re-point a link; create or edit a node; merge two)',
      handler: ({ body, res }) => createDraft(store, body, currentUser(res)),
    }),
    route({
      method: 'get',
      path: '/curation/drafts',
      tags: ['curation'],
      role: 'editor',
      query: DraftsQuery,
      response: DraftList,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'Drafts by status (open by default), newest first; readers never see them',
      handler: async ({ query }) => ({ drafts: await listDrafts(store, query.status) }),
    }),
    route({
      method: 'get',
      path: '/curation/drafts/:id',
      tags: ['curation'],
      role: 'editor',
      pathParams: ['id'],
      response: Draft,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'],
      summary: 'One draft',
      handler: ({ params }) => getDraft(store, params.id ?? ''),
    }),
    route({
      method: 'post',
      path: '/curation/drafts/:id/publish',
      tags: ['curation'],
      role: 'reviewer',
      pathParams: ['id'],
      response: ChangeRecord,
      errors: WRITE_ERRORS,
      summary: 'Apply a draft to the graph in one transaction and record the change',
      handler: ({ params, res }) =>
        afterGraphChange(store, publishDraft(store, params.id ?? '', currentUser(res))),
    }),
    route({
      method: 'post',
      path: '/curation/drafts/:id/reject',
      tags: ['curation'],
      role: 'reviewer',
      pathParams: ['id'],
      body: RejectRequest,
      response: Draft,
      errors: WRITE_ERRORS,
      summary: 'Reject a draft with a reason (kept, with the reason)',
      handler: ({ params, body, res }) =>
        rejectDraft(store, params.id ?? '', body.reason, currentUser(res)),
    }),
    route({
      method: 'post',
      path: '/curation/changes/:id/revert',
      tags: ['curation'],
      role: 'reviewer',
      pathParams: ['id'],
      body: RevertRequest,
      response: ChangeRecord,
      errors: WRITE_ERRORS,
      summary: 'Undo a published change with a new one (refused while later changes build on it)',
      handler: ({ params, body, res }) =>
        afterGraphChange(store, revertChange(store, params.id ?? '', body.why, currentUser(res))),
    }),
    route({
      method: 'get',
      path: '/history/nodes/:id',
      tags: ['curation'],
      pathParams: ['id'],
      response: History,
      summary: "A node's published changes, oldest first, and its version",
      handler: ({ params }) => historyOf(store, params.id ?? ''),
    }),
    route({
      method: 'get',
      path: '/history/relationships/:id',
      tags: ['curation'],
      pathParams: ['id'],
      response: History,
      summary:
        "A link's published changes (id from|TYPE|to, URL-encoded), oldest first, and its version",
      handler: ({ params }) => historyOf(store, params.id ?? ''),
    }),
    route({
      method: 'post',
      path: '/curation/comments',
      tags: ['curation'],
      role: 'editor',
      body: CommentRequest,
      response: Comment,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'Comment on a draft or a published claim',
      handler: async ({ body, res }) => {
        const user = currentUser(res);
        const rows = await write(store, (run) =>
          run(
            `CREATE (c:${COMMENT} {_uid: $uid, _on: $on, _text: $text, _author: $author, _at: toString(datetime())})
             RETURN ${COMMENT_FIELDS} AS c`,
            { uid: randomUUID(), on: body.on, text: body.text, author: user.name },
          ),
        );
        return Comment.parse(rows[0]?.c);
      },
    }),
    route({
      method: 'get',
      path: '/curation/comments',
      tags: ['curation'],
      role: 'editor',
      query: CommentsQuery,
      response: CommentList,
      errors: ['UNAUTHENTICATED', 'FORBIDDEN'],
      summary: 'The comments on a draft or a claim, oldest first',
      handler: async ({ query }) => {
        const rows = await read(
          store,
          `MATCH (c:${COMMENT} {_on: $on}) WITH c ORDER BY datetime(c._at) LIMIT 500 RETURN ${COMMENT_FIELDS} AS c`,
          { on: query.on },
        );
        return { comments: rows.map((r) => Comment.parse(r.c)) };
      },
    }),
  ];
}
