/**
 * A token bucket per client: each request takes tokens (a costly one takes
 * more), and tokens come back at a steady rate up to a burst. A person
 * clicking fast stays within the burst; a script is held to the rate.
 * Hand-written rather than express-rate-limit, whose stores count requests
 * in fixed windows and cannot weigh one request more than another. No I/O:
 * the caller passes the time.
 */

export interface BucketLimits {
  /** Tokens a client gets back each second. */
  perSecond: number;
  /** Tokens a client may hold: the largest burst. */
  burst: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: BucketLimits,
    /** Clients remembered at once; the longest-quiet goes first (it had refilled by then, or nearly). */
    private readonly maxClients = 50_000,
  ) {}

  get clients(): number {
    return this.buckets.size;
  }

  /** Takes `cost` tokens from the client's bucket at time `nowMs`, or says how long to wait. */
  take(client: string, cost: number, nowMs: number): Take {
    const { perSecond, burst } = this.limits;
    const held = this.buckets.get(client);
    const elapsed = held ? Math.max(0, nowMs - held.at) / 1000 : 0;
    const tokens = held ? Math.min(burst, held.tokens + elapsed * perSecond) : burst;
    // Re-inserted so that the map's order is least recently seen first.
    this.buckets.delete(client);
    if (tokens < cost) {
      this.buckets.set(client, { tokens, at: nowMs });
      const wait = (Math.min(cost, burst) - tokens) / perSecond;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
    }
    this.buckets.set(client, { tokens: tokens - cost, at: nowMs });
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { ok: true };
  }
}
