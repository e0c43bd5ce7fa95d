// Story operations, pure: each takes a story and returns the next one (the
// same object when nothing changed), so the panel is a function of the story
// and every edit can be tested without a browser.
import { Story, STORY_LIMITS, type StoryReplay, type StoryStep } from '../../../contract/index.js';
import { readState } from '../state/url-state.js';

export type { Story, StoryStep, StoryReplay };

export function newStory(name: string, now: string): Story {
  return { version: 1, name: name.trim() || 'Untitled story', savedAt: now, steps: [] };
}

/** A step id not yet in the story: s1, s2, … (short, so a permalink stays readable). */
export function nextStepId(story: Story): string {
  const taken = new Set(story.steps.map((s) => s.id));
  for (let i = 1; ; i++) if (!taken.has(`s${i}`)) return `s${i}`;
}

export interface StepInput {
  view: string;
  positions?: Record<string, { x: number; y: number }>;
  title?: string;
  caption?: string;
  claims?: readonly string[];
  replay?: StoryReplay;
}

/** Appends the current view as a step (after `after` when given). */
export function addStep(story: Story, input: StepInput, after?: string): Story {
  if (story.steps.length >= STORY_LIMITS.steps) return story;
  const step: StoryStep = {
    id: nextStepId(story),
    title: (input.title ?? `Step ${story.steps.length + 1}`).slice(0, STORY_LIMITS.title),
    caption: (input.caption ?? '').slice(0, STORY_LIMITS.caption),
    view: input.view,
    claims: [...new Set(input.claims ?? [])].slice(0, STORY_LIMITS.claims),
    ...(input.positions ? { positions: input.positions } : {}),
    ...(input.replay ? { replay: input.replay } : {}),
  };
  const at = after === undefined ? -1 : story.steps.findIndex((s) => s.id === after);
  const steps = [...story.steps];
  steps.splice(at < 0 ? steps.length : at + 1, 0, step);
  return { ...story, steps };
}

/** Moves a step by `delta` places (−1 up, +1 down), kept inside the list. */
export function moveStep(story: Story, id: string, delta: number): Story {
  const from = story.steps.findIndex((s) => s.id === id);
  if (from < 0) return story;
  const to = Math.max(0, Math.min(story.steps.length - 1, from + delta));
  if (to === from) return story;
  const steps = [...story.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { ...story, steps };
}

function editStep(story: Story, id: string, patch: Partial<StoryStep>): Story {
  const i = story.steps.findIndex((s) => s.id === id);
  const old = story.steps[i];
  if (!old) return story;
  const next = { ...old, ...patch };
  if ((Object.keys(patch) as (keyof StoryStep)[]).every((k) => old[k] === next[k])) return story;
  const steps = [...story.steps];
  steps[i] = next;
  return { ...story, steps };
}

export const retitle = (story: Story, id: string, title: string): Story =>
  editStep(story, id, { title: title.slice(0, STORY_LIMITS.title) });

export const setCaption = (story: Story, id: string, caption: string): Story =>
  editStep(story, id, { caption: caption.slice(0, STORY_LIMITS.caption) });

export function setReplay(story: Story, id: string, replay: StoryReplay | undefined): Story {
  const i = story.steps.findIndex((s) => s.id === id);
  const old = story.steps[i];
  if (!old) return story;
  const rest = { ...old };
  delete rest.replay;
  const steps = [...story.steps];
  steps[i] = replay ? { ...rest, replay } : rest;
  return { ...story, steps };
}

/** Cites a relationship in a step, or stops citing it. */
export function toggleClaim(story: Story, id: string, claim: string): Story {
  const step = story.steps.find((s) => s.id === id);
  if (!step) return story;
  const has = step.claims.includes(claim);
  if (!has && step.claims.length >= STORY_LIMITS.claims) return story;
  const claims = has ? step.claims.filter((c) => c !== claim) : [...step.claims, claim];
  const steps = story.steps.map((s) => (s.id === id ? { ...s, claims } : s));
  return { ...story, steps };
}

export function removeStep(story: Story, id: string): Story {
  const steps = story.steps.filter((s) => s.id !== id);
  return steps.length === story.steps.length ? story : { ...story, steps };
}

/**
 * A name not yet taken: the name itself, else "name (2)", "name (3)"…
 * Stories are kept by name, so a second story of the same name would
 * otherwise replace the first.
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim() || 'Untitled story';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A copy under a new name ("name (copy)"), its steps as they are. */
export function duplicateStory(story: Story, taken: readonly string[], now: string): Story {
  return { ...story, name: uniqueName(`${story.name} (copy)`, taken), savedAt: now };
}

export type StoryRead = { ok: true; story: Story } | { ok: false; problem: string };

/** "steps[2].caption" from zod's path ["steps", 2, "caption"]. */
export function placeText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || 'the story';
}

/**
 * Reads a story file (JSON, perhaps edited by hand). A bad one is refused
 * with the place of its first bad field and what is wrong there, so the
 * author can fix it; nothing else is touched.
 */
export function readStoryFile(text: string): StoryRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = Story.safeParse(json);
  if (r.success) {
    const ids = r.data.steps.map((s) => s.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined)
      return { ok: false, problem: `steps: the step id "${dup}" is used twice` };
    return { ok: true, story: r.data };
  }
  const first = r.error.issues[0];
  return {
    ok: false,
    problem: first ? `${placeText(first.path)}: ${first.message}` : 'not a story',
  };
}

/** The node ids a step's view names (selection, expansions, added, pinned, hidden). */
export function namedIds(step: Pick<StoryStep, 'view'>): string[] {
  const s = readState(step.view).state;
  return [...new Set([...s.selected, ...s.expanded, ...s.added, ...s.pinned, ...s.hiddenNodes])];
}

/** What a step names that is not in the graph now: each step plays with what remains. */
export function missingIds(step: StoryStep, present: (id: string) => boolean): string[] {
  return namedIds(step).filter((id) => !present(id));
}

/** A step's place by id, or by its 1-based number ("3"); the first step otherwise. */
export function stepIndex(story: Story, ref: string | undefined): number {
  if (ref === undefined) return 0;
  const byId = story.steps.findIndex((s) => s.id === ref);
  if (byId >= 0) return byId;
  const n = Number(ref);
  return Number.isInteger(n) && n >= 1 && n <= story.steps.length ? n - 1 : 0;
}
