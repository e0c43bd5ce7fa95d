// Plays a story in the explorer: a bar over the foot of the canvas with the
// step's title, caption (as text), cited evidence, what the graph no longer
// holds, a progress bar and a permalink; arrows, space and Escape drive it.
// A replay step moves the as-of date through its frames (story/replay.ts).
import { replayFrames, ReplayPlayer, type Dated } from '../../story/replay.js';
import { storyFragment } from '../../story/stories.js';
import { stepIndex, type Story } from '../../story/story.js';
import type { ResolvedClaim } from '../../story/claims.js';
import { append, clear, h } from '../dom.js';
import { evidenceLineElement } from '../evidence-line.js';
import type { Explorer } from '../explorer.js';
import { stageStep, type StageActions } from './stage.js';

export interface PlayerDeps {
  ctx: Explorer;
  actions: StageActions;
  /** The canvas: the bar goes under it, and it fades between steps. */
  canvasEl: HTMLElement;
  claims(ids: readonly string[]): Promise<{ found: ResolvedClaim[]; gone: string[] }>;
  /** Every event for a replay; `complete` false when the pages' bound stopped the load. */
  events(): Promise<{ events: readonly Dated[]; complete: boolean }>;
  onClose(): void;
}

export function claimElement(c: ResolvedClaim): HTMLElement {
  const report = c.reports.map((r) => [r.outlet, r.headline, r.date].filter(Boolean).join(', '));
  return h(
    'li',
    { class: 'story-claim' },
    h('div', { class: 'story-sentence', text: c.sentence }),
    evidenceLineElement(c.line),
    report.length ? h('div', { class: 'muted', text: report.join('; ') }) : null,
  );
}

/** What a replay leaves out when only the first pages of events were loaded. */
export function replayCutText(events: readonly Dated[]): string {
  const last = events.at(-1);
  return `Only the first ${events.length} events were loaded${last ? `, up to ${last.date}` : ''}: the replay shows nothing of the later ones.`;
}

export class StoryPlayer {
  private index = -1;
  private replay: ReplayPlayer | undefined;
  private readonly bar: HTMLElement;
  private readonly body = h('div', { class: 'story-player-body', 'aria-live': 'polite' });
  private readonly progress = h('progress', { 'aria-label': 'Progress through the story' });
  private readonly count = h('span', { class: 'muted' });
  private readonly link = h('a', { text: 'Link to this step' });
  private readonly keys = (e: KeyboardEvent) => this.onKey(e);
  private run = 0;

  constructor(
    private readonly story: Story,
    private readonly d: PlayerDeps,
  ) {
    this.bar = h(
      'section',
      { class: 'story-player', role: 'region', 'aria-label': `Story: ${story.name}` },
      h(
        'div',
        { class: 'row story-player-controls' },
        h('button', {
          type: 'button',
          text: '←',
          'aria-label': 'Previous step',
          onclick: () => void this.go(this.index - 1),
        }),
        this.progress,
        this.count,
        h('button', {
          type: 'button',
          text: '→',
          'aria-label': 'Next step',
          onclick: () => void this.go(this.index + 1),
        }),
        this.link,
        h('button', {
          type: 'button',
          text: 'Close',
          'aria-label': 'Close the story',
          onclick: () => this.close(),
        }),
      ),
      this.body,
    );
    this.progress.max = Math.max(1, story.steps.length);
    // A swipe on a phone moves a step, as the arrows do.
    let x0: number | undefined;
    this.bar.addEventListener('touchstart', (e) => (x0 = e.touches[0]?.clientX), { passive: true });
    this.bar.addEventListener('touchend', (e) => {
      const x1 = e.changedTouches[0]?.clientX;
      if (x0 !== undefined && x1 !== undefined && Math.abs(x1 - x0) > 60)
        void this.go(this.index + (x1 < x0 ? 1 : -1));
      x0 = undefined;
    });
  }

  get current(): number {
    return this.index;
  }

  start(step?: string): Promise<void> {
    // Over the canvas's foot: the caption reads below what it describes.
    this.d.canvasEl.after(this.bar);
    this.cover();
    document.addEventListener('keydown', this.keys, true);
    return this.go(stepIndex(this.story, step));
  }

  close(): void {
    this.replay?.pause();
    this.run++;
    this.bar.remove();
    this.d.ctx.canvas.coverBottom(0);
    document.removeEventListener('keydown', this.keys, true);
    this.d.onClose();
  }

  async go(n: number): Promise<void> {
    const step = this.story.steps[Math.max(0, Math.min(this.story.steps.length - 1, n))];
    if (!step) return this.say('This story has no steps yet.');
    this.replay?.pause();
    this.replay = undefined;
    this.index = this.story.steps.indexOf(step);
    const run = ++this.run;
    this.progress.value = this.index + 1;
    this.count.textContent = `Step ${this.index + 1} of ${this.story.steps.length}`;
    this.link.href = `${location.pathname}${step.view}${storyFragment(this.story)}&step=${step.id}`;
    this.say(`Loading “${step.title}”…`);
    const missing = await stageStep(this.d.ctx, this.d.actions, step, this.d.canvasEl);
    if (run !== this.run) return;
    const { found, gone } = await this.d.claims(step.claims);
    if (run !== this.run) return;
    clear(this.body);
    append(this.body, [
      h('h2', { text: step.title }),
      ...step.caption.split(/\n{2,}/).map((p) => h('p', { text: p })),
      missing.length
        ? h('p', {
            class: 'story-missing',
            text: `Not in the graph any more: ${missing.join(', ')}. The step shows what remains.`,
          })
        : null,
      gone.length
        ? h('p', {
            class: 'story-missing',
            text: `Cited links no longer in the graph: ${gone.join(', ')}.`,
          })
        : null,
      found.length ? h('ul', { class: 'plain story-claims' }, ...found.map(claimElement)) : null,
    ]);
    this.bar.dataset['step'] = step.id;
    this.cover();
    if (step.replay) await this.startReplay(step.replay, run);
    this.bar.dataset['shown'] = step.id;
  }

  private async startReplay(
    r: NonNullable<Story['steps'][number]['replay']>,
    run: number,
  ): Promise<void> {
    const { events, complete } = await this.d.events();
    const frames = replayFrames(events, r, 1200);
    if (run !== this.run) return;
    const out = h('output', { text: r.from });
    append(this.body, [
      h(
        'p',
        { class: 'story-replay-now' },
        `Replay (${r.clock === 'reported' ? 'as reported' : 'as it happened'}): as of `,
        out,
      ),
      // Said, not hidden: the replay has no frame for an event that was not loaded.
      complete ? null : h('p', { class: 'muted story-replay-cut', text: replayCutText(events) }),
    ]);
    this.replay = new ReplayPlayer(frames, (date) => {
      out.textContent = date;
      this.d.ctx.store.update({ asOf: date, clock: r.clock });
    });
    this.replay.play();
  }

  /** The canvas keeps the selection above the card (as above the phone's sheet). */
  private cover(): void {
    this.d.ctx.canvas.coverBottom(this.bar.offsetHeight + 8);
  }

  private say(text: string): void {
    clear(this.body);
    this.body.append(h('p', { class: 'muted', text }));
  }

  private onKey(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    if (e.key === ' ' && t?.tagName === 'BUTTON') return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') void this.go(this.index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') void this.go(this.index - 1);
    else if (e.key === ' ') {
      if (this.replay?.playing) this.replay.pause();
      else void this.go(this.index + 1);
    } else if (e.key === 'Escape') this.close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }
}
