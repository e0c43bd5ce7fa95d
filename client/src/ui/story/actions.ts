// What each control of the Story panel does to the session: the list's
// (make, open, duplicate, delete, open a file) and the open story's (add the
// current view as a step, edit, cite, replay, preview, publish, share, save).
import { storyFragment } from '../../story/stories.js';
import * as S from '../../story/story.js';
import { viewOf } from '../../state/store.js';
import { encodeState } from '../../state/url-state.js';
import { download } from '../dom.js';
import type { StoryPanelActions } from './panel.js';
import { fileName, type StorySession } from './session.js';

type ListActions = Pick<
  StoryPanelActions,
  'create' | 'open' | 'duplicate' | 'remove' | 'importFile'
>;

export function listActions(s: StorySession): ListActions {
  return {
    create: (name) => {
      s.current = S.newStory(S.uniqueName(name, s.taken()), s.now());
      s.stories.save(s.current);
      s.selectedStep = undefined;
      s.tell(`Made “${s.current.name}”: add the current view as its first step.`);
    },
    open: (name) => {
      s.current = s.find(name);
      s.selectedStep = s.current?.steps[0]?.id;
      s.render();
    },
    duplicate: (name) => {
      const story = s.find(name);
      if (!story) return;
      s.current = S.duplicateStory(story, s.taken(), s.now());
      s.stories.save(s.current);
      s.tell(`Duplicated as “${s.current.name}”.`);
    },
    remove: (name) => {
      s.stories.remove(name);
      if (s.current?.name === name) s.current = undefined;
      s.render();
    },
    importFile: (text) => {
      const r = S.readStoryFile(text);
      if (!r.ok)
        return s.tell(
          `This story file was not opened: ${r.problem}. Your other stories are untouched.`,
          'error',
        );
      s.current = s.stories.adopt(r.story, s.now()).story;
      s.tell(`Opened “${s.current.name}” from the file.`);
    },
  };
}

/** The current view as a step: what the link keeps, where the nodes stand, the selection's name as its title. */
function addCurrentView(s: StorySession): void {
  const { ctx } = s;
  const sel = ctx.store.get().selected[0];
  s.edit((story) => {
    const next = S.addStep(story, {
      view: encodeState(viewOf(ctx.store.get())),
      positions: Object.fromEntries(ctx.canvas.positions()),
      title: sel ? ctx.canvas.nameOf(sel) : undefined,
    });
    s.selectedStep = next.steps[next.steps.length - 1]?.id;
    return next;
  });
}

export function storyActions(s: StorySession): StoryPanelActions {
  return {
    ...listActions(s),
    addStep: () => addCurrentView(s),
    selectStep: (id) => {
      s.selectedStep = id;
      s.render();
    },
    showStep: (id) => s.current && s.play(s.current, id),
    move: (id, d) => s.edit((st) => S.moveStep(st, id, d)),
    retitle: (id, t) => s.edit((st) => S.retitle(st, id, t)),
    caption: (id, c) => s.edit((st) => S.setCaption(st, id, c)),
    removeStep: (id) => s.edit((st) => S.removeStep(st, id)),
    toggleClaim: (step, claim) => s.edit((st) => S.toggleClaim(st, step, claim)),
    setReplay: (step, r) => s.edit((st) => S.setReplay(st, step, r)),
    preview: () => s.current && s.play(s.current),
    publish: () => void s.publish(),
    share: () => {
      if (!s.current) return;
      const url = `${location.origin}${location.pathname}${storyFragment(s.current)}`;
      void navigator.clipboard?.writeText(url).catch(() => undefined);
      s.tell('Link copied: it carries the whole story.');
    },
    saveFile: () =>
      s.current &&
      download(
        `${fileName(s.current.name)}.story.json`,
        JSON.stringify(s.current, null, 2),
        'application/json',
      ),
  };
}
