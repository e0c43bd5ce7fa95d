// A hand-written workspace for the blocks' tests: an in-memory list with the
// server's rules (author or admin deletes, names unique), and a user to switch.
import type { Story, TeamQuery, TeamStory, TeamView, User } from '../../../../../contract/index.js';

export const ana: User = { id: 'u-ana', name: 'ana', role: 'editor' };
export const raj: User = { id: 'u-raj', name: 'raj', role: 'reader' };
export const boss: User = { id: 'u-boss', name: 'boss', role: 'admin' };

export function fakeWorkspace(startUser: User | null = ana) {
  let user = startUser;
  const listeners = new Set<() => void>();
  const views: TeamView[] = [];
  const queries: TeamQuery[] = [];
  const stories: TeamStory[] = [];
  const notices: string[] = [];
  const stamp = () => ({
    id: `id-${views.length + queries.length + stories.length + 1}`,
    author: { id: user?.id ?? '', name: user?.name ?? '' },
    createdAt: '2026-12-06T10:00:00.000Z',
  });
  /** One kind's share and delete, with the server's rule that names are unique. */
  function kind<Item extends { id: string; name: string }, Req extends { name: string }>(
    items: Item[],
    make: (r: Req) => Item,
  ) {
    return {
      share: (r: Req) => {
        if (items.some((i) => i.name.toLowerCase() === r.name.toLowerCase()))
          throw new Error(`The team has one named "${r.name}" already.`);
        const item = make(r);
        items.push(item);
        return Promise.resolve(item);
      },
      remove: (id: string) => {
        items.splice(
          items.findIndex((i) => i.id === id),
          1,
        );
        return Promise.resolve({ ok: true as const });
      },
    };
  }
  const view = kind(views, (r: { name: string; state: string; description?: string }) => ({
    description: '',
    ...r,
    ...stamp(),
  }));
  const query = kind(
    queries,
    (r: { name: string; cypher: string; params?: Record<string, unknown> }) => ({
      description: '',
      params: {},
      ...r,
      ...stamp(),
    }),
  );
  const story = kind(stories, (r: { name: string; story: Story; description?: string }) => ({
    description: '',
    ...r,
    ...stamp(),
  }));
  return {
    views,
    queries,
    stories,
    notices,
    user: () => user,
    setUser(u: User | null) {
      user = u;
      for (const fn of listeners) fn();
    },
    onUser(fn: () => void) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    notice: (text: string) => void notices.push(text),
    api: {
      views: () => Promise.resolve({ views: [...views] }),
      shareView: view.share,
      deleteView: view.remove,
      queries: () => Promise.resolve({ queries: [...queries] }),
      shareQuery: query.share,
      deleteQuery: query.remove,
      stories: () => Promise.resolve({ stories: [...stories] }),
      shareStory: story.share,
      deleteStory: story.remove,
      comments: () =>
        Promise.resolve({
          comments: [
            {
              id: 'c1',
              on: 'country:india',
              text: 'Check the date',
              author: 'ana',
              at: '2026-12-06T09:00:00Z',
            },
          ],
        }),
    },
  };
}

/** Lets the blocks' promises settle. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

export const button = (root: Element, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);
