/**
 * The team's shared views, queries and stories: private nodes (bookkeeping.ts) in the
 * graph's database, apart from the dataset as accounts are, every property
 * starting with _. Each share and delete also leaves a _WorkspaceLog entry
 * (who, what, when), written in the same transaction as the change.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  TeamQuery,
  TeamStory,
  TeamView,
  WORKSPACE_LIST_MAX,
  WorkspaceEvent,
  type TeamQueryRequest,
  type TeamStoryRequest,
  type TeamViewRequest,
  type User,
} from '../../contract/index.js';
import { roleAllows } from '../auth/require.js';
import { read, write, type Store } from '../auth/store.js';
import { ApiError } from '../errors.js';
import { PRIVATE_LABEL } from '../graph/bookkeeping.js';
import type { Run } from '../neo4j/write.js';

export type WorkspaceKind = WorkspaceEvent['kind'];

const LABEL: Record<WorkspaceKind, string> = {
  view: `_TeamView:${PRIVATE_LABEL}`,
  query: `_TeamQuery:${PRIVATE_LABEL}`,
  story: `_TeamStory:${PRIVATE_LABEL}`,
};
const LOG = `_WorkspaceLog:${PRIVATE_LABEL}`;
const NOUN: Record<WorkspaceKind, string> = { view: 'view', query: 'query', story: 'story' };
const NOUNS: Record<WorkspaceKind, string> = { view: 'views', query: 'queries', story: 'stories' };

const FIELDS = `{id: w._uid, name: w._name, description: w._description, body: w._body,
  authorId: w._authorId, authorName: w._authorName, createdAt: w._createdAt}`;

const Row = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});

/** What each kind keeps besides name and description, as one JSON string. */
const BodyOf = {
  view: (r: TeamViewRequest) => ({ state: r.state }),
  query: (r: TeamQueryRequest) => ({ cypher: r.cypher, params: r.params }),
  story: (r: TeamStoryRequest) => ({ story: r.story }),
};

function fromRow(row: unknown) {
  const r = Row.parse(row);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    author: { id: r.authorId, name: r.authorName },
    createdAt: r.createdAt,
    ...(JSON.parse(r.body) as Record<string, unknown>),
  };
}
const toView = (row: unknown): TeamView => TeamView.parse(fromRow(row));
const toQuery = (row: unknown): TeamQuery => TeamQuery.parse(fromRow(row));
const toStory = (row: unknown): TeamStory => TeamStory.parse(fromRow(row));

async function record(run: Run, e: Omit<WorkspaceEvent, 'at'>): Promise<void> {
  await run(
    `CREATE (:${LOG} {_action: $action, _kind: $kind, _itemId: $itemId, _name: $name, _by: $by,
       _at: toString(datetime())})`,
    e,
  );
}

/**
 * Refuses a name the team already uses for this kind (case aside), naming
 * who shared it, and a workspace already full. The lock node makes two
 * shares of one name at once queue, so the second sees the first.
 */
async function checkRoom(run: Run, kind: WorkspaceKind, name: string): Promise<void> {
  await run(
    `MERGE (k:_WorkspaceLock:${PRIVATE_LABEL} {_one: true}) SET k._n = coalesce(k._n, 0) + 1`,
  );
  const rows = await run(
    `MATCH (w:${LABEL[kind]})
     RETURN count(w) AS n,
            head(collect(CASE WHEN toLower(w._name) = toLower($name) THEN w._authorName END)) AS taken`,
    { name },
  );
  const taken = rows[0]?.taken;
  if (typeof taken === 'string')
    throw new ApiError(
      'CONFLICT',
      `The team has a ${NOUN[kind]} named "${name}" already (shared by ${taken}): choose another name.`,
    );
  if (Number(rows[0]?.n ?? 0) >= WORKSPACE_LIST_MAX)
    throw new ApiError(
      'CONFLICT',
      `The team's workspace holds ${WORKSPACE_LIST_MAX} ${NOUNS[kind]}, its most: delete some first.`,
    );
}

async function share(
  store: Store,
  kind: WorkspaceKind,
  input: { name: string; description: string; body: unknown },
  user: User,
): Promise<unknown> {
  return write(store, async (run) => {
    await checkRoom(run, kind, input.name);
    const rows = await run(
      `CREATE (w:${LABEL[kind]} {_uid: $uid, _name: $name, _description: $description, _body: $body,
         _authorId: $authorId, _authorName: $authorName, _createdAt: toString(datetime())})
       RETURN ${FIELDS} AS w`,
      {
        uid: randomUUID(),
        name: input.name,
        description: input.description,
        body: JSON.stringify(input.body),
        authorId: user.id,
        authorName: user.name,
      },
    );
    const item = fromRow(rows[0]?.w);
    await record(run, { action: 'share', kind, itemId: item.id, name: item.name, by: user.name });
    return rows[0]?.w;
  });
}

export const shareView = async (store: Store, r: TeamViewRequest, user: User) =>
  toView(await share(store, 'view', { ...r, body: BodyOf.view(r) }, user));

export const shareQuery = async (store: Store, r: TeamQueryRequest, user: User) =>
  toQuery(await share(store, 'query', { ...r, body: BodyOf.query(r) }, user));

export const shareStory = async (store: Store, r: TeamStoryRequest, user: User) =>
  toStory(await share(store, 'story', { ...r, body: BodyOf.story(r) }, user));

async function list(store: Store, kind: WorkspaceKind): Promise<unknown[]> {
  const rows = await read(
    store,
    `MATCH (w:${LABEL[kind]}) RETURN ${FIELDS} AS w ORDER BY toLower(w._name) LIMIT $max`,
    { max: WORKSPACE_LIST_MAX },
  );
  return rows.map((r) => r.w);
}

export const listViews = async (store: Store) => (await list(store, 'view')).map(toView);
export const listQueries = async (store: Store) => (await list(store, 'query')).map(toQuery);
export const listStories = async (store: Store) => (await list(store, 'story')).map(toStory);

/** Deletes an item: its author may, and an admin; anyone else is refused (403), nothing deleted. */
export async function remove(
  store: Store,
  kind: WorkspaceKind,
  id: string,
  user: User,
): Promise<void> {
  await write(store, async (run) => {
    const rows = await run(`MATCH (w:${LABEL[kind]} {_uid: $id}) RETURN ${FIELDS} AS w`, { id });
    if (!rows[0]) throw new ApiError('NOT_FOUND', `No shared ${NOUN[kind]} ${id}.`);
    const item = Row.parse(rows[0].w);
    if (item.authorId !== user.id && !roleAllows(user.role, 'admin'))
      throw new ApiError(
        'FORBIDDEN',
        `Only ${item.authorName}, who shared it, or an admin may delete this ${NOUN[kind]}.`,
      );
    await run(`MATCH (w:${LABEL[kind]} {_uid: $id}) DELETE w`, { id });
    await record(run, { action: 'delete', kind, itemId: id, name: item.name, by: user.name });
  });
}

/** The workspace's record, newest first. */
export async function workspaceLog(store: Store): Promise<WorkspaceEvent[]> {
  const rows = await read(
    store,
    `MATCH (e:${LOG})
     RETURN {action: e._action, kind: e._kind, itemId: e._itemId, name: e._name, by: e._by, at: e._at} AS e
     ORDER BY e._at DESC LIMIT $max`,
    { max: WORKSPACE_LIST_MAX },
  );
  return rows.map((r) => WorkspaceEvent.parse(r.e));
}
