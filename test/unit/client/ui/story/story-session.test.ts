// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../../../../../contract/index.js';
import { EXAMPLE_STORY, EXAMPLE_STORY_NAME } from '../../../../../client/src/story/seed-story.js';
import type { StoryStore } from '../../../../../client/src/story/stories.js';
import { storyActions } from '../../../../../client/src/ui/story/actions.js';
import { fileName, StorySession } from '../../../../../client/src/ui/story/session.js';
import { openLinkedStory } from '../../../../../client/src/ui/story/setup.js';
import { storyFragment } from '../../../../../client/src/story/stories.js';
import { fakeDataExplorer } from '../fake-explorer.js';

const graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'Controls', properties: {} },
    { id: 'b', labels: ['Event'], name: 'Pause', properties: {} },
  ],
  edges: [],
};

/** A store of stories in memory, as a team workspace's would be seen by the tab. */
function memoryStore(): StoryStore & { saved: Story[] } {
  const saved: Story[] = [];
  const store = {
    saved,
    list: () => [...saved],
    get: (name: string) => saved.find((s) => s.name === name),
    names: () => saved.map((s) => s.name),
    save: (s: Story) => {
      const i = saved.findIndex((x) => x.name === s.name);
      if (i >= 0) saved[i] = s;
      else saved.push(s);
      return { ok: true as const };
    },
    adopt: (s: Story, now: string) => {
      const story = { ...s, savedAt: now };
      store.save(story);
      return { story, result: { ok: true as const } };
    },
    remove: (name: string) => {
      const i = saved.findIndex((x) => x.name === name);
      if (i >= 0) saved.splice(i, 1);
      return { ok: true as const };
    },
    onChange: () => undefined,
  };
  return store;
}

function session(state = {}) {
  const f = fakeDataExplorer({ graph, state });
  const panel = document.createElement('div');
  const stories = memoryStore();
  const s = new StorySession({
    ctx: f.ctx,
    stage: { loadView: () => Promise.resolve() },
    stories,
    panel,
    now: () => '2026-12-06T12:00:00.000Z',
  });
  s.actions = storyActions(s);
  return { s, a: s.actions, panel, stories, f };
}

describe('the Story tab’s session', () => {
  it('makes a story under a name not yet taken and saves it in the store it was given', () => {
    const { a, stories } = session();
    a.create('Licences');
    a.create('Licences');
    expect(stories.names()).toEqual(['Licences', 'Licences (2)']);
  });

  it('adds the current view as a step titled by the selected node', () => {
    const { s, a, stories } = session({ selected: ['b'] });
    a.create('Licences');
    a.addStep();
    expect(stories.get('Licences')?.steps[0]?.title).toBe('Pause');
    expect(stories.get('Licences')?.steps[0]?.positions?.['a']).toEqual({ x: 0, y: 0 });
    expect(s.selectedStep).toBe('s1');
  });

  it('copies the example before the first edit, leaving the example as shipped', () => {
    const { a, stories } = session();
    a.open(EXAMPLE_STORY_NAME);
    a.retitle('controls', 'My title');
    expect(EXAMPLE_STORY.steps[0]?.title).not.toBe('My title');
    expect(stories.saved[0]?.steps[0]?.title).toBe('My title');
  });

  it('refuses a bad story file with its place and keeps the other stories', () => {
    const { a, panel, stories } = session();
    a.create('Kept');
    a.importFile(
      '{"version":1,"name":"x","savedAt":"","steps":[{"id":"s1","title":"t","caption":7,"view":"","claims":[]}]}',
    );
    expect(panel.querySelector('.story-error')?.textContent).toMatch(/steps\[0\]\.caption: /);
    expect(stories.names()).toEqual(['Kept']);
  });

  it('draws the panel again after each change, the example listed first', () => {
    const { a, panel } = session();
    a.create('Mine');
    expect(panel.textContent).toContain(EXAMPLE_STORY_NAME);
    expect(panel.querySelector('.story-edit h3')?.textContent).toBe('Mine');
  });

  it('says the published file’s size and the time it took', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const { s, a, panel } = session({ selected: ['a'] });
    s.d.stage.loadView = () => {
      document.body.dataset['ready'] = 'true';
      return Promise.resolve();
    };
    a.create('Short');
    a.addStep();
    await s.publish();
    expect(panel.querySelector('[role="status"]')?.textContent).toMatch(
      /^Published “Short”: \d+ KB, made in \d+\.\d s\.$/,
    );
    vi.unstubAllGlobals();
    delete document.body.dataset['ready'];
  });

  it('names a file after the story, letters and digits only', () => {
    expect(fileName('The licences’ chain: 2025!')).toBe('The-licences-chain-2025');
    expect(fileName('***')).toBe('story');
  });

  it('tells a link whose story is damaged, without opening anything', () => {
    const { s, panel } = session();
    openLinkedStory(s, '#story=not-a-story');
    expect(panel.textContent).toContain('The story in this link was not opened');
    expect(s.current).toBeUndefined();
  });

  it('opens the story a link carries, and says how to play it when the page is not ready', async () => {
    const { s, stories } = session();
    document.body.dataset['ready'] = 'false';
    openLinkedStory(s, storyFragment({ ...EXAMPLE_STORY, name: 'Shared' }), 0);
    expect(s.current?.name).toBe('Shared');
    expect(stories.names()).toEqual(['Shared']);
    await vi.waitFor(() => expect(s.message?.text).toMatch(/press Preview to play it/));
  });
});
