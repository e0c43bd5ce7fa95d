// A story: an ordered list of steps, each a view (the URL's query string, as
// saved views hold it) with a title, the author's caption (plain text, never
// markup) and the claims it cites. A claim is a relationship's id
// (`source|TYPE|target`, stable across loads): its quote, basis, report and
// paragraph are its own properties, read when the step is shown, so a story
// never carries a copy of a report's words that could drift from the graph.
import { z } from 'zod';
import { IsoDate } from './common.js';

export const StoryClock = z.enum(['happened', 'reported']);
export type StoryClock = z.infer<typeof StoryClock>;

/** A step that replays time: the as-of date moves from `from` to `to` on one clock. */
export const StoryReplay = z
  .object({
    clock: StoryClock,
    from: IsoDate,
    to: IsoDate,
    /** Days of the clock per second of playing. */
    speed: z.number().positive().max(3650),
  })
  .refine((r) => r.from <= r.to, {
    message: 'A replay runs forward: `from` must not be after `to`',
    path: ['to'],
  });
export type StoryReplay = z.infer<typeof StoryReplay>;

export const STORY_LIMITS = {
  name: 120,
  title: 200,
  caption: 4000,
  claims: 50,
  steps: 200,
  view: 20_000,
} as const;

export const StoryStep = z.object({
  /** Stable within the story, so a permalink (#step=id) survives a reorder. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'A step id is 1–40 letters, digits, - or _'),
  title: z.string().max(STORY_LIMITS.title),
  /** Plain text written by the author: shown as text, never as HTML. */
  caption: z.string().max(STORY_LIMITS.caption),
  /** The view as the URL holds it (client/src/state/url-state.ts): "?sel=…&v=2", or "". */
  view: z.string().max(STORY_LIMITS.view),
  /** Where the nodes stood when the step was made (model coordinates). */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional(),
  /** Relationship ids (`source|TYPE|target`) whose evidence the step cites. */
  claims: z.array(z.string().min(1)).max(STORY_LIMITS.claims),
  replay: StoryReplay.optional(),
});
export type StoryStep = z.infer<typeof StoryStep>;

export const Story = z.object({
  version: z.literal(1),
  name: z.string().trim().min(1, 'A story needs a name').max(STORY_LIMITS.name),
  savedAt: z.string(),
  steps: z.array(StoryStep).max(STORY_LIMITS.steps),
});
export type Story = z.infer<typeof Story>;
