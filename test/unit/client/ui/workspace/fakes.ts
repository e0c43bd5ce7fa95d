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
  const refuseTaken = (names: string[], name: string) => {
    if (names.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new Error(`The team has one named "${name}" already.`);
  };
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
      shareView: (r: { name: string; state: string; description?: string }) => {
        refuseTaken(
          views.map((v) => v.name),
          r.name,
        );
        const v = { description: '', ...r, ...stamp() };
        views.push(v);
        return Promise.resolve(v);
      },
      deleteView: (id: string) => {
        views.splice(
          views.findIndex((v) => v.id === id),
          1,
        );
        return Promise.resolve({ ok: true as const });
      },
      queries: () => Promise.resolve({ queries: [...queries] }),
      shareQuery: (r: { name: string; cypher: string; params?: Record<string, unknown> }) => {
        refuseTaken(
          queries.map((q) => q.name),
          r.name,
        );
        const q = { description: '', params: {}, ...r, ...stamp() };
        queries.push(q);
        return Promise.resolve(q);
      },
      deleteQuery: (id: string) => {
        queries.splice(
          queries.findIndex((q) => q.id === id),
          1,
        );
        return Promise.resolve({ ok: true as const });
      },
      stories: () => Promise.resolve({ stories: [...stories] }),
      shareStory: (r: { name: string; story: Story; description?: string }) => {
        refuseTaken(
          stories.map((t) => t.name),
          r.name,
        );
        const t = { description: '', ...r, ...stamp() };
        stories.push(t);
        return Promise.resolve(t);
      },
      deleteStory: (id: string) => {
        stories.splice(
          stories.findIndex((t) => t.id === id),
          1,
        );
        return Promise.resolve({ ok: true as const });
      },
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
