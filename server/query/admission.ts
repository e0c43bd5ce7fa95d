import { ApiError } from '../errors.js';

export interface AdmissionLimits {
  /** Analyst queries running at once, across all clients. */
  running: number;
  /** Of those, at most this many from one client. */
  perClient: number;
  /** Queries waiting for a slot; beyond this a query is turned away at once. */
  waiting: number;
  /** How long a query may wait for a slot. */
  waitMs: number;
}

const busy = (why: string) =>
  new ApiError('BUSY', `${why} Try again in a few seconds.`, { retryAfterSeconds: 2 });

/**
 * A bounded number of analyst queries at once, globally and per client, so
 * that heavy queries queue (briefly) instead of taking every connection and
 * core from the explorer. No I/O: the caller runs the query between
 * enter() and the release it returns.
 */
export class Admission {
  private running = 0;
  private readonly perClient = new Map<string, number>();
  private readonly queue: { client: string; start: () => void }[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  /** Resolves with a release function once the query may run; rejects with BUSY. */
  enter(client: string): Promise<() => void> {
    if ((this.perClient.get(client) ?? 0) >= this.limits.perClient) {
      return Promise.reject(busy('You already have the most queries running at once.'));
    }
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    if (this.running < this.limits.running) return Promise.resolve(this.admit(client));
    if (this.queue.length >= this.limits.waiting) {
      this.leaveClient(client);
      return Promise.reject(busy('The query service is full.'));
    }
    return new Promise((resolve, reject) => {
      const entry = { client, start: () => resolve(this.admit(client)) };
      this.queue.push(entry);
      setTimeout(() => {
        const at = this.queue.indexOf(entry);
        if (at < 0) return;
        this.queue.splice(at, 1);
        this.leaveClient(client);
        reject(busy('The query waited too long for a free slot.'));
      }, this.limits.waitMs).unref();
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
