// The browser's history as the user's steps. Each meaningful change of the
// view (a selection, an expansion, a filter, a loaded view) is a new entry,
// so Back and Forward walk those steps; the writes one step makes in a burst
// (an expansion writes several fields) and everything a loading view writes
// replace the entry instead. Hovering writes nothing to the store, so it
// never reaches here. Pure apart from the functions it is given.

export interface HistoryPort {
  push(url: string): void;
  replace(url: string): void;
  /** The address now shown (path and query). */
  current(): string;
}

/** Writes closer together than this are one step. */
export const STEP_MS = 400;

export class StepHistory {
  private last = Number.NEGATIVE_INFINITY;
  private quiet = 0;

  constructor(
    private readonly port: HistoryPort,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The view's address changed: a new step, or part of the one being made. */
  write(url: string): void {
    if (url === this.port.current()) return;
    const t = this.now();
    if (this.quiet > 0 || t - this.last < STEP_MS) this.port.replace(url);
    else this.port.push(url);
    this.last = t;
  }

  /** While `work` runs (a view loading, Back being applied), writes replace the entry. */
  async quietly<T>(work: () => Promise<T>): Promise<T> {
    this.quiet++;
    try {
      return await work();
    } finally {
      this.quiet--;
    }
  }

  /** The same, for work that is done when it returns. */
  quietlyNow(work: () => void): void {
    this.quiet++;
    try {
      work();
    } finally {
      this.quiet--;
    }
  }
}
