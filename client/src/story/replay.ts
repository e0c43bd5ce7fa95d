// The replay: the as-of date moving from the first event to the last on one
// clock (when things happened, or when a reader could first have known them).
// The frames are pure (a list of dates, each with its time from the start);
// the player only walks them on a timer it is given, so tests need no clock.
import type { StoryClock } from '../../../contract/index.js';

export interface Dated {
  date: string;
  firstReported: string | null;
}

/** The date an event enters the graph on a clock: reported falls back to its date, as the as-of rule does. */
export function clockDate(e: Dated, clock: StoryClock): string {
  return (clock === 'reported' ? (e.firstReported ?? e.date) : e.date).slice(0, 10);
}

/** The first and last dates of the events on a clock, or undefined when there are none. */
export function clockSpan(
  events: readonly Dated[],
  clock: StoryClock,
): { from: string; to: string } | undefined {
  const dates = events.map((e) => clockDate(e, clock)).sort();
  return dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : undefined;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

export interface Frame {
  /** The as-of date of this frame. */
  date: string;
  /** When it shows, in ms from the start of the replay. */
  at: number;
}

/**
 * One frame per distinct date on which something enters the graph between
 * `from` and `to` (and the two ends), at `speed` days a second. Days on which
 * nothing changes are not frames: the graph would not change, and each frame
 * costs a reload. A frame follows the last by at least `minGap` ms so a
 * crowded week is still watchable.
 */
export function replayFrames(
  events: readonly Dated[],
  r: { clock: StoryClock; from: string; to: string; speed: number },
  minGap = 400,
): Frame[] {
  const inside = events.map((e) => clockDate(e, r.clock)).filter((d) => d > r.from && d < r.to);
  const dates = [...new Set([r.from, ...inside, r.to])].sort();
  const frames: Frame[] = [];
  let at = 0;
  dates.forEach((date, i) => {
    if (i > 0) at = Math.max(at + minGap, (days(r.from, date) / r.speed) * 1000);
    frames.push({ date, at });
  });
  return frames;
}

export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Walks frames, calling `show` with each date; `done` after the last one. */
export class ReplayPlayer {
  private handle: unknown;
  private index = 0;

  constructor(
    private readonly frames: readonly Frame[],
    private readonly show: (date: string, index: number) => void,
    private readonly done: () => void = () => undefined,
    private readonly timer: Timer = realTimer,
  ) {}

  get playing(): boolean {
    return this.handle !== undefined;
  }

  get position(): number {
    return this.index;
  }

  play(): void {
    if (this.playing || !this.frames.length) return;
    if (this.index >= this.frames.length) this.index = 0;
    this.tick(0);
  }

  pause(): void {
    if (this.handle !== undefined) this.timer.clear(this.handle);
    this.handle = undefined;
  }

  private tick(wait: number): void {
    this.handle = this.timer.set(() => {
      const f = this.frames[this.index];
      if (!f) {
        this.handle = undefined;
        this.done();
        return;
      }
      this.show(f.date, this.index);
      this.index++;
      const next = this.frames[this.index];
      if (next) this.tick(next.at - f.at);
      else {
        this.handle = undefined;
        this.done();
      }
    }, wait);
  }
}
