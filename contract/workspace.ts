import { z } from 'zod';
import { User } from './auth.js';
import { Story } from './story.js';

/**
 * The team's shared workspace: views, queries and stories a signed-in person shares
 * with the team, kept in the graph's database apart from the dataset (as
 * accounts are), each with its author. A person without an account keeps
 * their own in the browser, as before.
 */
export const WORKSPACE_LIST_MAX = 500;

const ItemName = z
  .string()
  .trim()
  .min(1, 'Give it a name')
  .max(120, 'A name has at most 120 characters');
const Description = z.string().trim().max(2000, 'A description has at most 2,000 characters');

/** Who made an item and when: the list shows it, and only they (or an admin) may delete it. */
const Authored = z.object({
  id: z.string(),
  author: User.pick({ id: true, name: true }),
  createdAt: z.string(),
});

/**
 * One kind of shared item: the request a person sends (a name, a description and what
 * the kind keeps), the item as listed (with its author) and the list, built by one
 * function so the three kinds cannot drift apart.
 */
function teamKind<Kind extends string, Key extends string, Shape extends z.ZodRawShape>(
  kind: Kind,
  listKey: Key,
  shape: Shape,
) {
  const request = z
    .object({ name: ItemName, description: Description.default(''), ...shape })
    .meta({ id: `Team${kind}Request` });
  const item = request.extend(Authored.shape).meta({ id: `Team${kind}` });
  const listShape = { [listKey]: z.array(item) } as { [K in Key]: z.ZodArray<typeof item> };
  const list = z.object(listShape).meta({ id: `Team${kind}List` });
  return { request, item, list };
}

const views = teamKind('View', 'views', {
  /** The view's link (its URL query string): opening it rebuilds the view for anyone. */
  state: z
    .string()
    .max(8000, 'A view link has at most 8,000 characters')
    .regex(/^\?[^\s#]*$/, 'Give the view as its link: a query string starting with ?'),
});
export const TeamViewRequest = views.request;
export type TeamViewRequest = z.infer<typeof TeamViewRequest>;
export const TeamView = views.item;
export type TeamView = z.infer<typeof TeamView>;
export const TeamViewList = views.list;
export type TeamViewList = z.infer<typeof TeamViewList>;

const queries = teamKind('Query', 'queries', {
  cypher: z.string().trim().min(1, 'Write a Cypher query').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const TeamQueryRequest = queries.request;
export type TeamQueryRequest = z.infer<typeof TeamQueryRequest>;
export const TeamQuery = queries.item;
export type TeamQuery = z.infer<typeof TeamQuery>;
export const TeamQueryList = queries.list;
export type TeamQueryList = z.infer<typeof TeamQueryList>;

const stories = teamKind('Story', 'stories', {
  /** The whole story, as its file holds it: opening it copies it into the opener's own list. */
  story: Story,
});
export const TeamStoryRequest = stories.request;
export type TeamStoryRequest = z.infer<typeof TeamStoryRequest>;
export const TeamStory = stories.item;
export type TeamStory = z.infer<typeof TeamStory>;
export const TeamStoryList = stories.list;
export type TeamStoryList = z.infer<typeof TeamStoryList>;

/** A comment as the workspace lists it: the curation comments, newest first, with their author. */
export const TeamComment = z
  .object({ id: z.string(), on: z.string(), text: z.string(), author: z.string(), at: z.string() })
  .meta({ id: 'TeamComment' });
export const TeamCommentList = z
  .object({ comments: z.array(TeamComment) })
  .meta({ id: 'TeamCommentList' });
export type TeamCommentList = z.infer<typeof TeamCommentList>;

/** One entry of the workspace's record: every share and delete, who, when. */
export const WorkspaceEvent = z
  .object({
    action: z.enum(['share', 'delete']),
    kind: z.enum(['view', 'query', 'story']),
    itemId: z.string(),
    name: z.string(),
    by: z.string(),
    at: z.string(),
  })
  .meta({ id: 'WorkspaceEvent' });
export type WorkspaceEvent = z.infer<typeof WorkspaceEvent>;
export const WorkspaceLog = z
  .object({ events: z.array(WorkspaceEvent) })
  .meta({ id: 'WorkspaceLog' });
