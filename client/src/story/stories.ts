// Stories kept in localStorage like saved views (state/stored-list.ts): each
// entry checked with zod on its own, a bad one set aside with the rest kept,
// writes merged by name across tabs. A story is also shared by link: the
// whole story compressed into the address's fragment, never sent to a server.
import lz from 'lz-string';
import { Story } from '../../../contract/index.js';
import { StoredList, type KeyValueStore, type WriteResult } from '../state/stored-list.js';
import { browserStore } from '../state/storage.js';
import { readStoryFile, uniqueName, type StoryRead } from './story.js';

export const STORIES_KEY = 'reg.stories.v1';

/**
 * Where stories are kept. Today this browser's storage (`Stories`); a team's
 * workspace on the server, where accounts exist, is to implement the same
 * few calls, and the Story tab (ui/story/setup.ts) takes either.
 */
export interface StoryStore {
  list(): Story[];
  get(name: string): Story | undefined;
  names(): string[];
  save(story: Story): WriteResult;
  adopt(story: Story, now: string): { story: Story; result: WriteResult };
  remove(name: string): WriteResult;
  /** Called when the stories change elsewhere (another tab, another member). */
  onChange(fn: () => void): void;
}

export class Stories implements StoryStore {
  readonly stored: StoredList<Story>;

  constructor(store: KeyValueStore) {
    this.stored = new StoredList(store, {
      key: STORIES_KEY,
      schema: Story,
      id: (s) => s.name,
      at: (s) => s.savedAt,
    });
  }

  list(): Story[] {
    return this.stored.list();
  }

  get(name: string): Story | undefined {
    return this.list().find((s) => s.name === name);
  }

  names(): string[] {
    return this.list().map((s) => s.name);
  }

  /** Saves (replacing the story of the same name: the one being edited). */
  save(story: Story): WriteResult {
    return this.stored.put(story);
  }

  /** Adds a story from elsewhere (a file, a link) under a name not yet taken. */
  adopt(story: Story, now: string): { story: Story; result: WriteResult } {
    // The same story opened again (a link followed twice) is the one already kept.
    const same = this.get(story.name);
    if (same && JSON.stringify(same.steps) === JSON.stringify(story.steps))
      return { story: same, result: { ok: true } };
    const named = { ...story, name: uniqueName(story.name, this.names()), savedAt: now };
    return { story: named, result: this.stored.put(named) };
  }

  remove(name: string): WriteResult {
    return this.stored.remove(name);
  }

  onChange(fn: () => void): void {
    this.stored.onChange(fn);
  }
}

let stories: Stories | undefined;

/** The page's one list of stories, following other tabs' writes. */
export function pageStories(): Stories {
  if (!stories) {
    stories = new Stories(browserStore());
    stories.stored.watch(window);
  }
  return stories;
}

const LINK_KEY = 'story=';

/** The fragment that carries a whole story: `#story=<compressed JSON>`. */
export function storyFragment(story: Story): string {
  return `#${LINK_KEY}${lz.compressToEncodedURIComponent(JSON.stringify(story))}`;
}

/** The story a fragment carries; undefined when it carries none, a problem when it is bad. */
export function readStoryFragment(hash: string): StoryRead | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const part = body.split('&').find((p) => p.startsWith(LINK_KEY));
  if (!part) return undefined;
  const text = lz.decompressFromEncodedURIComponent(part.slice(LINK_KEY.length));
  if (!text) return { ok: false, problem: 'the story in this link is cut short or damaged' };
  return readStoryFile(text);
}
