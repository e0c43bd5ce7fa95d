// The Story tab: holds the story being edited and the page's stories, and
// draws the panel (panel.ts) again on each change. Edits are pure story
// operations (story/story.ts) saved at once; playing goes through the page's
// own view loader (stage.ts), publishing through publish.ts.
import './story.css';
import type { Graph } from '../../../../contract/index.js';
import { citable, claimEnds, resolveClaim, type ResolvedClaim } from '../../story/claims.js';
import { clockSpan, type Dated } from '../../story/replay.js';
import { EXAMPLE_STORY, EXAMPLE_STORY_NAME } from '../../story/seed-story.js';
import { pageStories, readStoryFragment, storyFragment } from '../../story/stories.js';
import * as S from '../../story/story.js';
import { viewOf } from '../../state/store.js';
import { encodeState } from '../../state/url-state.js';
import { byId, clear, download, errorText } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { allSources } from '../shared.js';
import { showStorageNotes } from '../storage-note.js';
import { renderStoryPanel, type StoryPanelActions, type StoryPanelState } from './panel.js';
import { StoryPlayer } from './player.js';
import { publishStory } from './publish.js';
import type { StageActions } from './stage.js';

const now = () => new Date().toISOString();

export function setupStory(panel: HTMLElement, ctx: Explorer, stage: StageActions) {
  const stories = pageStories();
  showStorageNotes(stories.stored, 'stories', 'stories');
  let current: S.Story | undefined;
  let selectedStep: string | undefined;
  let message: StoryPanelState['message'];
  let events: Dated[] | undefined;
  let player: StoryPlayer | undefined;

  const find = (name: string) => (name === EXAMPLE_STORY_NAME ? EXAMPLE_STORY : stories.get(name));
  const tell = (text: string, kind: 'info' | 'error' = 'info') => {
    message = { text, kind };
    render();
  };

  /** Edits the open story and saves it (the example is copied first: it is not the user's to change). */
  function edit(fn: (s: S.Story) => S.Story): void {
    if (!current) return;
    // The example is the page's, not the user's: the first edit makes it their own copy.
    if (current === EXAMPLE_STORY) current = stories.adopt(EXAMPLE_STORY, now()).story;
    const next = fn(current);
    if (next === current) return render();
    current = { ...next, savedAt: now() };
    stories.save(current);
    render();
  }

  async function loadEvents(): Promise<Dated[]> {
    events ??= (await ctx.api.timeline({})).events;
    return events;
  }

  async function claims(
    ids: readonly string[],
  ): Promise<{ found: ResolvedClaim[]; gone: string[] }> {
    const sources = await allSources(ctx).catch(() => []);
    let graph: Graph = ctx.canvas.allGraph();
    const absent = ids.filter((id) => !graph.edges.some((e) => e.id === id));
    const ends = absent.flatMap((id) => {
      const c = claimEnds(id);
      return c ? [c.source, c.target] : [];
    });
    if (ends.length) {
      try {
        const b = await ctx.api.nodes(ends, { links: true });
        graph = {
          nodes: [...graph.nodes, ...b.nodes],
          edges: [...graph.edges, ...(b.edges ?? [])],
        };
      } catch {
        // Unreachable: those claims are told as gone rather than failing the step.
      }
    }
    const found: ResolvedClaim[] = [];
    const gone: string[] = [];
    for (const id of ids) {
      const r = resolveClaim(id, graph, sources);
      if (r.ok) found.push(r.claim);
      else gone.push(id);
    }
    return { found, gone };
  }

  function play(story: S.Story, step?: string): void {
    player?.close();
    const cy = byId('cy');
    player = new StoryPlayer(story, {
      ctx,
      actions: stage,
      canvasEl: cy,
      claims,
      events: loadEvents,
      onClose: () => (player = undefined),
    });
    void player.start(step);
  }

  const actions: StoryPanelActions = {
    create: (name) => {
      current = S.newStory(S.uniqueName(name, [...stories.names(), EXAMPLE_STORY_NAME]), now());
      stories.save(current);
      selectedStep = undefined;
      tell(`Made “${current.name}”: add the current view as its first step.`);
    },
    open: (name) => {
      current = find(name);
      selectedStep = current?.steps[0]?.id;
      render();
    },
    duplicate: (name) => {
      const s = find(name);
      if (!s) return;
      current = S.duplicateStory(s, [...stories.names(), EXAMPLE_STORY_NAME], now());
      stories.save(current);
      tell(`Duplicated as “${current.name}”.`);
    },
    remove: (name) => {
      stories.remove(name);
      if (current?.name === name) current = undefined;
      render();
    },
    importFile: (text) => {
      const r = S.readStoryFile(text);
      if (!r.ok)
        return tell(
          `This story file was not opened: ${r.problem}. Your other stories are untouched.`,
          'error',
        );
      current = stories.adopt(r.story, now()).story;
      tell(`Opened “${current.name}” from the file.`);
    },
    addStep: () =>
      edit((s) => {
        const next = S.addStep(s, {
          view: encodeState(viewOf(ctx.store.get())),
          positions: Object.fromEntries(ctx.canvas.positions()),
          title: stepTitle(),
        });
        selectedStep = next.steps[next.steps.length - 1]?.id;
        return next;
      }),
    selectStep: (id) => {
      selectedStep = id;
      render();
    },
    showStep: (id) => current && play(current, id),
    move: (id, d) => edit((s) => S.moveStep(s, id, d)),
    retitle: (id, t) => edit((s) => S.retitle(s, id, t)),
    caption: (id, c) => edit((s) => S.setCaption(s, id, c)),
    removeStep: (id) => edit((s) => S.removeStep(s, id)),
    toggleClaim: (step, claim) => edit((s) => S.toggleClaim(s, step, claim)),
    setReplay: (step, r) => edit((s) => S.setReplay(s, step, r)),
    preview: () => current && play(current),
    publish: () => void publish(),
    share: () => {
      if (!current) return;
      const url = `${location.origin}${location.pathname}${storyFragment(current)}`;
      void navigator.clipboard?.writeText(url).catch(() => undefined);
      tell('Link copied: it carries the whole story.');
    },
    saveFile: () =>
      current &&
      download(
        `${fileName(current.name)}.story.json`,
        JSON.stringify(current, null, 2),
        'application/json',
      ),
  };

  /** The selected node's name, else the step's number. */
  function stepTitle(): string | undefined {
    const id = ctx.store.get().selected[0];
    return id ? ctx.canvas.nameOf(id) : undefined;
  }

  async function publish(): Promise<void> {
    if (!current) return;
    const story = current;
    player?.close();
    tell(`Publishing “${story.name}”: showing each step in turn…`);
    try {
      const out = await publishStory(
        { ctx, actions: stage, claims, sources: () => allSources(ctx), title: document.title },
        story,
      );
      download(`${fileName(story.name)}.html`, out.html, 'text/html');
      tell(
        `Published “${story.name}”: ${(out.bytes / 1024).toFixed(0)} KB, made in ${(out.ms / 1000).toFixed(1)} s.`,
      );
    } catch (e) {
      tell(`Publishing failed: ${errorText(e)}`, 'error');
    }
  }

  function state(): StoryPanelState {
    const sel = ctx.store.get().selected;
    const graph = ctx.canvas.allGraph();
    const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id;
    const claimNames: Record<string, string> = {};
    for (const id of current?.steps.flatMap((s) => s.claims) ?? []) {
      const c = claimEnds(id);
      if (c)
        claimNames[id] =
          `${name(c.source)} ${c.type.toLowerCase().replaceAll('_', ' ')} ${name(c.target)}`;
    }
    return {
      stories: [
        { name: EXAMPLE_STORY_NAME, steps: EXAMPLE_STORY.steps.length, example: true },
        ...stories.list().map((s) => ({ name: s.name, steps: s.steps.length })),
      ],
      current,
      selectedStep,
      citable: citable(graph, sel).map((e) => {
        const q = e.properties['quote'];
        return {
          id: e.id,
          sentence: `${name(e.source)} ${e.type.toLowerCase().replaceAll('_', ' ')} ${name(e.target)}`,
          quote: typeof q === 'string' ? q : null,
        };
      }),
      claimNames,
      span: (clock) => (events ? clockSpan(events, clock) : undefined),
      message,
    };
  }

  function render(): void {
    const focused = document.activeElement?.getAttribute('aria-label');
    clear(panel);
    panel.append(renderStoryPanel(state(), actions));
    // Redrawing keeps the keyboard where it was.
    if (focused) panel.querySelector<HTMLElement>(`[aria-label="${CSS.escape(focused)}"]`)?.focus();
  }

  ctx.store.subscribe(['selected', 'loaded'], () => {
    if (!panel.hidden) render();
  });
  stories.stored.onChange(render);
  void loadEvents().then(render, () => undefined);
  render();

  // A link carrying a story (#story=…&step=…) opens it and plays it once the page has loaded.
  const linked = readStoryFragment(location.hash);
  if (linked) {
    if (!linked.ok) tell(`The story in this link was not opened: ${linked.problem}.`, 'error');
    else {
      current = stories.adopt(linked.story, now()).story;
      const step = /(?:^|[#&])step=([^&]+)/.exec(location.hash)?.[1];
      const startWhenLoaded = () =>
        document.body.dataset['ready'] === 'true'
          ? play(current!, step)
          : setTimeout(startWhenLoaded, 200);
      startWhenLoaded();
    }
  }
  return { render };
}

function fileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'story';
}
