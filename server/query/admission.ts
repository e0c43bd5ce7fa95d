import { ApiError } from '../errors.js';

export interface AdmissionLimits {
  /** Requests running at once, across all clients. */
  running: number;
  /** Of those running or waiting, at most this many from one client. */
  perClient: number;
  /** Requests waiting for a slot; beyond this a request is turned away at once. */
  waiting: number;
  /** How long a request may wait for a slot. */
  waitMs: number;
}

/** What a turned-away client reads, for each reason; "Try again…" advice follows each. */
export interface AdmissionWords {
  perClient: string;
  full: string;
  waitedTooLong: string;
  cancelled: string;
  /** What to do, after the reason. */
  advice: string;
}

/** The analyst runner's words (POST /api/query). */
export const queryWords: AdmissionWords = {
  perClient: 'You already have the most queries running at once.',
  full: 'The query service is full.',
  waitedTooLong: 'The query waited too long for a free slot.',
  cancelled: 'The query was cancelled while it waited.',
  advice: 'Try again in a few seconds.',
};

/** Starts fn after ms; returns a function that cancels it. Tests pass a hand-written clock. */
export type SetTimer = (fn: () => void, ms: number) => () => void;

const realTimer: SetTimer = (fn, ms) => {
  const timer = setTimeout(fn, ms).unref();
  return () => clearTimeout(timer);
};

export const retryAfterSeconds = 2;

/**
 * A bounded number of costly requests at once, globally and per client, so
 * that they queue (briefly) instead of taking every connection and core from
 * the cheap ones. Used twice: analyst queries and the explorer's heavy
 * routes. No I/O: the caller does the work between enter() and the release
 * it returns.
 *
 * Fair between clients: a freed slot goes to the waiting client with the
 * fewest requests running, among equals the one whose last start is the
 * oldest (then the earliest to come), so one client's
 * queue never stands ahead of another client's first request; and when the
 * queue is full, a newcomer with fewer waiting requests than the client
 * with the most takes that client's newest place, which is turned away.
 */
interface Waiting {
  client: string;
  start: () => void;
  evict: () => void;
}

export class Admission {
  private running = 0;
  /** Requests running or waiting, per client. */
  private readonly perClient = new Map<string, number>();
  private readonly runningOf = new Map<string, number>();
  /** When each client present last had a request started, counted in starts. */
  private readonly lastStart = new Map<string, number>();
  private starts = 0;
  /** In arrival order. */
  private readonly queue: Waiting[] = [];

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly words: AdmissionWords = queryWords,
    private readonly setTimer: SetTimer = realTimer,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  private busy(why: string): ApiError {
    return new ApiError('BUSY', `${why} ${this.words.advice}`, { retryAfterSeconds });
  }

  /**
   * Resolves with a release function once the request may run; rejects with
   * BUSY. An abort (the client went away) takes a waiting request out of the queue.
   */
  enter(client: string, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(this.busy(this.words.cancelled));
    if ((this.perClient.get(client) ?? 0) >= this.limits.perClient) {
      return Promise.reject(this.busy(this.words.perClient));
    }
    if (this.running < this.limits.running) {
      this.joinClient(client);
      return Promise.resolve(this.admit(client));
    }
    if (this.queue.length >= this.limits.waiting && !this.evictForNewcomer(client)) {
      return Promise.reject(this.busy(this.words.full));
    }
    this.joinClient(client);
    return new Promise((resolve, reject) => {
      const leave = (why: string) => {
        const at = this.queue.indexOf(entry);
        if (at < 0) return;
        this.queue.splice(at, 1);
        this.leaveClient(client);
        done();
        reject(this.busy(why));
      };
      const onAbort = () => leave(this.words.cancelled);
      const cancelTimer = this.setTimer(() => leave(this.words.waitedTooLong), this.limits.waitMs);
      const done = () => {
        cancelTimer();
        signal?.removeEventListener('abort', onAbort);
      };
      const entry: Waiting = {
        client,
        start: () => {
          done();
          resolve(this.admit(client));
        },
        evict: () => leave(this.words.full),
      };
      this.queue.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private waitingOf(client: string): number {
    return this.queue.filter((w) => w.client === client).length;
  }

  /** Frees a place for `client` from the client with the most waiting, if that is fair; true if freed. */
  private evictForNewcomer(client: string): boolean {
    const counts = new Map<string, number>();
    for (const w of this.queue) counts.set(w.client, (counts.get(w.client) ?? 0) + 1);
    let hog: string | undefined;
    for (const [c, n] of counts) if (hog === undefined || n > (counts.get(hog) ?? 0)) hog = c;
    // Only when the newcomer, once queued, would still have fewer waiting than the hog had.
    if (hog === undefined || (counts.get(hog) ?? 0) <= this.waitingOf(client) + 1) return false;
    const newest = this.queue.findLast((w) => w.client === hog);
    newest?.evict();
    return newest !== undefined;
  }

  /** The waiting request to start next: fewest running, then the longest since a start, then first come. */
  private next(): Waiting | undefined {
    let best: Waiting | undefined;
    let bestRunning = Infinity;
    let bestLast = Infinity;
    for (const w of this.queue) {
      const running = this.runningOf.get(w.client) ?? 0;
      const last = this.lastStart.get(w.client) ?? -1;
      if (running < bestRunning || (running === bestRunning && last < bestLast)) {
        [best, bestRunning, bestLast] = [w, running, last];
      }
    }
    if (best) this.queue.splice(this.queue.indexOf(best), 1);
    return best;
  }

  private admit(client: string): () => void {
    this.running++;
    this.lastStart.set(client, this.starts++);
    this.runningOf.set(client, (this.runningOf.get(client) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const r = (this.runningOf.get(client) ?? 1) - 1;
      if (r <= 0) this.runningOf.delete(client);
      else this.runningOf.set(client, r);
      this.leaveClient(client);
      this.next()?.start();
    };
  }

  private joinClient(client: string): void {
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
  }

  private leaveClient(client: string): void {
    const n = (this.perClient.get(client) ?? 1) - 1;
    if (n > 0) this.perClient.set(client, n);
    else {
      this.perClient.delete(client);
      this.lastStart.delete(client);
    }
  }
}
