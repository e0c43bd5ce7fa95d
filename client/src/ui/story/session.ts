// The Story tab's state: the page's stories, the story being edited, the step
// the Cite list adds to, the last message, and the player. Edits are pure
// story operations (story/story.ts) saved at once; the panel (panel.ts) is
// drawn again from this state on each change.
import { EXAMPLE_STORY, EXAMPLE_STORY_NAME } from '../../story/seed-story.js';
import type { Dated } from '../../story/replay.js';
import type { StoryStore } from '../../story/stories.js';
import type { Story } from '../../story/story.js';
import { byId, clear, download, errorText } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { allSources } from '../shared.js';
import { claimsSource, type ClaimsOf } from './claims-source.js';
import { renderStoryPanel, type StoryPanelActions, type StoryPanelState } from './panel.js';
import { panelState } from './panel-state.js';
import { StoryPlayer } from './player.js';
import { publishStory } from './publish.js';
import type { StageActions } from './stage.js';

export interface SessionDeps {
  ctx: Explorer;
  stage: StageActions;
  stories: StoryStore;
  panel: HTMLElement;
  now?: () => string;
}

/** A file name from a story's name: letters and digits, dashes between. */
export function fileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'story';
}

export class StorySession {
  current: Story | undefined;
  selectedStep: string | undefined;
  message: StoryPanelState['message'];
  events: Dated[] | undefined;
  /** false when the timeline's pages were cut at their bound (api/client.ts timelineAll). */
  eventsComplete = true;
  player: StoryPlayer | undefined;
  actions: StoryPanelActions | undefined;
  readonly claims: ClaimsOf;
  readonly now: () => string;

  constructor(readonly d: SessionDeps) {
    this.claims = claimsSource(d.ctx);
    this.now = d.now ?? (() => new Date().toISOString());
  }

  get ctx(): Explorer {
    return this.d.ctx;
  }

  get stories(): StoryStore {
    return this.d.stories;
  }

  /** A story by name: the example is the page's own, the rest the store's. */
  find(name: string): Story | undefined {
    return name === EXAMPLE_STORY_NAME ? EXAMPLE_STORY : this.stories.get(name);
  }

  /** Names taken, the example's included. */
  taken(): string[] {
    return [...this.stories.names(), EXAMPLE_STORY_NAME];
  }

  tell(text: string, kind: 'info' | 'error' = 'info'): void {
    this.message = { text, kind };
    this.render();
  }

  /** Edits the open story and saves it (the example is copied first: it is not the user's to change). */
  edit(fn: (s: Story) => Story): void {
    if (!this.current) return;
    if (this.current === EXAMPLE_STORY)
      this.current = this.stories.adopt(EXAMPLE_STORY, this.now()).story;
    const next = fn(this.current);
    if (next === this.current) return this.render();
    this.current = { ...next, savedAt: this.now() };
    this.stories.save(this.current);
    this.render();
  }

  async loadEvents(): Promise<{ events: Dated[]; complete: boolean }> {
    if (!this.events) {
      const loaded = await this.ctx.api.timelineAll({});
      this.events = loaded.events;
      this.eventsComplete = loaded.complete;
    }
    return { events: this.events, complete: this.eventsComplete };
  }

  play(story: Story, step?: string): void {
    this.player?.close();
    this.player = new StoryPlayer(story, {
      ctx: this.ctx,
      actions: this.d.stage,
      canvasEl: byId('cy'),
      claims: this.claims,
      events: () => this.loadEvents(),
      onClose: () => (this.player = undefined),
    });
    void this.player.start(step);
  }

  async publish(): Promise<void> {
    const story = this.current;
    if (!story) return;
    this.player?.close();
    this.tell(`Publishing “${story.name}”: showing each step in turn…`);
    try {
      const out = await publishStory(
        {
          ctx: this.ctx,
          actions: this.d.stage,
          claims: this.claims,
          sources: () => allSources(this.ctx),
          title: document.title,
        },
        story,
      );
      download(`${fileName(story.name)}.html`, out.html, 'text/html');
      this.tell(
        `Published “${story.name}”: ${(out.bytes / 1024).toFixed(0)} KB, made in ${(out.ms / 1000).toFixed(1)} s.`,
      );
    } catch (e) {
      this.tell(`Publishing failed: ${errorText(e)}`, 'error');
    }
  }

  render(): void {
    if (!this.actions) return;
    const panel = this.d.panel;
    const focused = document.activeElement?.getAttribute('aria-label');
    const state = panelState(
      {
        stories: this.stories.list(),
        current: this.current,
        selectedStep: this.selectedStep,
        message: this.message,
        events: this.events,
      },
      this.ctx.canvas.allGraph(),
      this.ctx.store.get().selected,
    );
    clear(panel);
    panel.append(renderStoryPanel(state, this.actions));
    // Redrawing keeps the keyboard where it was.
    if (focused) panel.querySelector<HTMLElement>(`[aria-label="${CSS.escape(focused)}"]`)?.focus();
  }
}
