// Puts a story's step on the explorer's canvas: the step's view written to
// the store (the URL follows), the view loaded through the page's own loader
// (ui/views.ts, as a link or Back does), then the nodes glided from where the
// layout put them to where they stood when the step was made, and the graph
// fitted. Only the Canvas's plain-data API is used (positions in, positions
// out): Cytoscape stays inside the canvas binding.
import { NODE_SIZE } from '../../graph/style.js';
import { boxAfterGlide } from '../../story/camera.js';
import { missingIds, type StoryStep } from '../../story/story.js';
import { graphSpec, readState, withoutSpec } from '../../state/url-state.js';
import type { Explorer } from '../explorer.js';

/** What the stage needs besides the explorer: the page's view loader. */
export interface StageActions {
  loadView(): Promise<void>;
}

/** How long nodes and camera take to reach a step's places, ms. */
export const GLIDE_MS = 650;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Resolves when `test` holds, or after `ms` (a stuck load never hangs the story). */
export function until(test: () => boolean, ms: number, every = 50): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve) => {
    const poll = () => (test() || Date.now() > end ? resolve() : setTimeout(poll, every));
    poll();
  });
}

/** Interpolated positions `t` (0…1) of the way, eased in and out. */
export function between(
  from: ReadonlyMap<string, { x: number; y: number }>,
  to: Readonly<Record<string, { x: number; y: number }>>,
  t: number,
): Record<string, { x: number; y: number }> {
  const k = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, b] of Object.entries(to)) {
    const a = from.get(id);
    if (a) out[id] = { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
  }
  return out;
}

/** Moves the nodes to `to` over `ms`, frame by frame, through the canvas's API. */
export function glide(
  ctx: Pick<Explorer, 'canvas'>,
  to: Readonly<Record<string, { x: number; y: number }>>,
  ms = GLIDE_MS,
): Promise<void> {
  const { canvas } = ctx;
  const from = canvas.positions();
  const present = Object.fromEntries(Object.entries(to).filter(([id]) => from.has(id)));
  if (reducedMotion() || !Object.keys(present).length) {
    canvas.setPositions(present);
    return Promise.resolve();
  }
  const start = performance.now();
  return new Promise((resolve) => {
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / ms);
      canvas.setPositions(between(from, present, t));
      if (t < 1) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Shows a step; returns the ids its view names that the graph lacks (the
 * step plays with what remains and the player names them).
 */
export async function stageStep(
  ctx: Explorer,
  actions: StageActions,
  step: StoryStep,
  fadeTarget?: HTMLElement,
): Promise<string[]> {
  const { store, canvas } = ctx;
  const next = readState(step.view).state;
  const before = store.get();
  if (fadeTarget && !reducedMotion()) {
    fadeTarget.style.transition = 'opacity 0.25s';
    fadeTarget.style.opacity = '0.25';
  }
  const dateChanges =
    before.asOf !== next.asOf || (next.asOf !== undefined && before.clock !== next.clock);
  document.body.dataset['ready'] = 'false';
  // A new as-of date makes the page reload by itself (main.ts); else the loader is asked.
  // The step's graph is opened as a link opens one: named in `opening` until loaded.
  store.update({ ...withoutSpec(next), opening: graphSpec(next), panel: before.panel });
  if (!dateChanges) await actions.loadView();
  await until(() => document.body.dataset['ready'] === 'true', 20_000);
  await until(() => document.body.dataset['layout'] !== 'running', 10_000);
  if (fadeTarget) fadeTarget.style.opacity = '1';
  await Promise.all([glide(ctx, step.positions ?? {}), glideCamera(ctx, step.positions ?? {})]);
  return missingIds(step, (id) => canvas.has(id));
}

/** The camera glides to fit the visible nodes where `to` will put them, as they move. */
export function glideCamera(
  ctx: Pick<Explorer, 'canvas'>,
  to: Readonly<Record<string, { x: number; y: number }>>,
  ms = GLIDE_MS,
): Promise<void> {
  const visible = new Set(ctx.canvas.visibleGraph().nodes.map((n) => n.id));
  const now = new Map([...ctx.canvas.positions()].filter(([id]) => visible.has(id)));
  const box = boxAfterGlide(now, to, NODE_SIZE / 2);
  return box ? ctx.canvas.glideViewTo(box, ms) : Promise.resolve();
}
