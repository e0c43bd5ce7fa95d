/**
 * The admission gate's answer to a costly request it cannot take now is
 * 503 BUSY with Retry-After (server/http/heavy-gate.ts). A bench client
 * counts such an answer apart, as "busy": it is neither a failure nor a
 * latency sample (it took no work), and it waits as told before its next
 * request, so the gate is not hammered in a loop.
 */

import { retryAfterMs } from '../core/http/retry-after.js';

/** The longest one Retry-After makes a client wait: a bad header cannot stall a phase. */
export const MAX_BUSY_WAIT_MS = 5_000;

/**
 * How long to wait after an answer, when it is a 503 with a Retry-After
 * (seconds, or an HTTP date), capped at MAX_BUSY_WAIT_MS; null when the
 * answer is anything else (a 503 without Retry-After is an outage, an error).
 */
export function busyWaitMs(
  status: number,
  retryAfter: string | null,
  now: number = Date.now(),
): number | null {
  if (status !== 503) return null;
  const ms = retryAfterMs(retryAfter, now);
  return ms === undefined ? null : Math.min(ms, MAX_BUSY_WAIT_MS);
}

/** Sleeps `ms`, but never past `deadline` (a Date.now() time) when one is given. */
export function sleepWithin(ms: number, deadline = Infinity): Promise<void> {
  const wait = Math.max(0, Math.min(ms, deadline - Date.now()));
  return new Promise((resolve) => setTimeout(resolve, wait));
}

/** What a timed call returns when the answer was BUSY: the interleaved timer drops that sample. */
export const BUSY = Symbol('busy');
