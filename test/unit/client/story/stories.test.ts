import { describe, expect, it } from 'vitest';
import {
  readStoryFragment,
  Stories,
  storyFragment,
  STORIES_KEY,
} from '../../../../client/src/story/stories.js';
import { addStep, newStory } from '../../../../client/src/story/story.js';
import { memoryStore } from '../../../../client/src/state/storage.js';

const NOW = '2026-12-06T12:00:00.000Z';
const story = (name: string) => addStep(newStory(name, NOW), { view: '?sel=a&v=2' });

describe('stories kept in local storage', () => {
  it('lists what it saves and replaces a story saved again under its name', () => {
    const list = new Stories(memoryStore());
    list.save(story('A'));
    list.save({ ...story('A'), savedAt: '2026-12-06T13:00:00.000Z', steps: [] });
    expect(list.list().map((s) => [s.name, s.steps.length])).toEqual([['A', 0]]);
  });

  it('adopts a story of a name already taken under a new name, keeping both', () => {
    const list = new Stories(memoryStore());
    list.save(story('A'));
    const other = addStep(newStory('A', NOW), { view: '?sel=b&v=2' });
    const { story: adopted } = list.adopt(other, '2026-12-06T13:00:00.000Z');
    expect(adopted.name).toBe('A (2)');
    expect(list.names().sort()).toEqual(['A', 'A (2)']);
  });

  it('sets a hand-edited bad story aside and keeps the others', () => {
    const kv = memoryStore();
    const bad = { ...story('B'), steps: [{ id: 's1', title: 1 }] };
    kv.setItem(STORIES_KEY, JSON.stringify([story('A'), bad]));
    const list = new Stories(kv);
    expect(list.names()).toEqual(['A']);
    expect(JSON.stringify(list.stored.setAside())).toContain('steps.0.title');
  });
});

describe('a story shared by link', () => {
  it('reads back the story its fragment carries', () => {
    const s = story('Shared');
    const r = readStoryFragment(storyFragment(s));
    expect(r).toEqual({ ok: true, story: s });
  });

  it('says so when the fragment is damaged, and nothing when there is none', () => {
    expect(readStoryFragment('#story=%%%')?.ok).toBe(false);
    expect(readStoryFragment('#step=2')).toBeUndefined();
  });
});

describe('a story opened twice', () => {
  it('is kept once when its steps are the same', () => {
    const list = new Stories(memoryStore());
    list.adopt(story('A'), NOW);
    list.adopt(story('A'), NOW);
    expect(list.names()).toEqual(['A']);
  });
});
