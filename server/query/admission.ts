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
 */
export class Admission {
  private running = 0;
  private readonly perClient = new Map<string, number>();
  private readonly queue: { client: string; start: () => void }[] = [];

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
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    if (this.running < this.limits.running) return Promise.resolve(this.admit(client));
    if (this.queue.length >= this.limits.waiting) {
      this.leaveClient(client);
      return Promise.reject(this.busy(this.words.full));
    }
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
      const entry = {
        client,
        start: () => {
          done();
          resolve(this.admit(client));
        },
      };
      this.queue.push(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private admit(client: string): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.leaveClient(client);
      const next = this.queue.shift();
      next?.start();
    };
  }

  private leaveClient(client: string): void {
    const n = (this.perClient.get(client) ?? 1) - 1;
    if (n <= 0) this.perClient.delete(client);
    else this.perClient.set(client, n);
  }
}
