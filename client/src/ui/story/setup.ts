// The Story tab: a session (session.ts) over the page's stories, its panel's
// controls (actions.ts), drawn again when the selection, the graph or the
// stories change; and a link carrying a story (#story=…&step=…) played once
// the page has loaded.
import './story.css';
import { pageStories, readStoryFragment, type StoryStore } from '../../story/stories.js';
import type { Explorer } from '../explorer.js';
import { showStorageNotes } from '../storage-note.js';
import { teamStories } from '../workspace/setup.js';
import { storyActions } from './actions.js';
import { StorySession } from './session.js';
import { until, type StageActions } from './stage.js';

/** Opens the story a link carries, if any, and plays it once the page is ready (waiting `waitMs` at most). */
export function openLinkedStory(s: StorySession, hash: string, waitMs = 60_000): void {
  const linked = readStoryFragment(hash);
  if (!linked) return;
  if (!linked.ok)
    return s.tell(`The story in this link was not opened: ${linked.problem}.`, 'error');
  const story = s.stories.adopt(linked.story, s.now()).story;
  s.current = story;
  const step = /(?:^|[#&])step=([^&]+)/.exec(hash)?.[1];
  const ready = () => document.body.dataset['ready'] === 'true';
  void until(ready, waitMs, 200).then(() =>
    ready()
      ? s.play(story, step)
      : s.tell(`Opened “${story.name}”; the page is still loading: press Preview to play it.`),
  );
}

/**
 * `stories` is where stories are kept: this browser's storage unless given
 * another store. The team's shared stories sit below the tab's own list
 * (ui/workspace/team-stories.ts): opening one copies it into `stories`.
 */
export function setupStory(
  panel: HTMLElement,
  ctx: Explorer,
  stage: StageActions,
  stories: StoryStore = localStories(),
) {
  // The session redraws its own part; the team's list below it keeps its state.
  const own = document.createElement('div');
  const s = new StorySession({ ctx, stage, stories, panel: own });
  s.actions = storyActions(s);
  panel.append(
    own,
    teamStories(ctx, {
      current: () => s.current,
      open: (story) => {
        s.current = s.stories.adopt(story, s.now()).story;
        s.render();
      },
    }),
  );
  const render = () => s.render();
  ctx.store.subscribe(['selected', 'loaded'], () => {
    if (!panel.hidden) render();
  });
  stories.onChange(render);
  void s.loadEvents().then(render, () => undefined);
  render();
  openLinkedStory(s, location.hash);
  return { render };
}

/** This browser's stories, with a note when its storage refuses or sets an entry aside. */
function localStories(): StoryStore {
  const stories = pageStories();
  showStorageNotes(stories.stored, 'stories', 'stories');
  return stories;
}
