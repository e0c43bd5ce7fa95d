// Waiting out a busy server. The heavy-request gate answers 503 BUSY with a
// Retry-After header when its queue is full; a person who sees an error there
// would only press again, so a read (GET, which changes nothing on the
// server) is tried again by itself, briefly, while a status line says why.
// The policy is pure (busyDelay); the loop takes its clock from the caller,
// so tests run it without real time passing.

import { retryAfterMs } from '../../../core/http/retry-after.js';

export interface BusyPolicy {
  /** Tries after the first one. */
  retries: number;
  /** The longest single wait, whatever Retry-After asks for. */
  maxWaitMs: number;
  /** No wait that would end later than this after the first try began. */
  budgetMs: number;
  /** The wait when the server gives no (readable) Retry-After. */
  defaultWaitMs: number;
}

export const BUSY_POLICY: BusyPolicy = {
  retries: 2,
  maxWaitMs: 5_000,
  budgetMs: 15_000,
  defaultWaitMs: 1_000,
};

/**
 * How long to wait before try number `retry` (1 for the first retry), or
 * null to give up: past the retries allowed, or when the wait would end
 * beyond the budget (a request the gate queued for its full 15 s has
 * already used it up, and is not sent again).
 */
export function busyDelay(
  retry: number,
  retryAfter: number | undefined,
  elapsedMs: number,
  policy: BusyPolicy = BUSY_POLICY,
): number | null {
  if (retry > policy.retries) return null;
  const wait = Math.min(Math.max(0, retryAfter ?? policy.defaultWaitMs), policy.maxWaitMs);
  return elapsedMs + wait > policy.budgetMs ? null : wait;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What the status line says while a retry waits. */
export interface BusyWait {
  retry: number;
  of: number;
  waitMs: number;
}

export interface BusyOptions {
  clock?: Clock;
  policy?: BusyPolicy;
  /** Called before each wait, for the status line. */
  onWait?: (wait: BusyWait) => void;
}

/** True for the gate's refusal: 503 with the contract's BUSY code in its body. */
async function isBusy(response: Response): Promise<boolean> {
  if (response.status !== 503) return false;
  // Read a copy: the caller still reads the body of the answer it gets.
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const error = (body as { error?: { code?: unknown } } | undefined)?.error;
  return error?.code === 'BUSY';
}

/**
 * Sends, and while the answer is BUSY waits and sends again as the policy
 * allows. Returns the last answer (a BUSY one when it gave up), so the
 * caller reports it as any other error. A request aborted meanwhile (a
 * newer search) is not sent again.
 */
export async function sendRetryingBusy(
  send: () => Promise<Response>,
  opts: BusyOptions & { signal?: AbortSignal | null | undefined } = {},
): Promise<Response> {
  const clock = opts.clock ?? realClock;
  const policy = opts.policy ?? BUSY_POLICY;
  const start = clock.now();
  for (let retry = 1; ; retry++) {
    const response = await send();
    if (!(await isBusy(response))) return response;
    const wait = busyDelay(
      retry,
      retryAfterMs(response.headers.get('retry-after'), clock.now()),
      clock.now() - start,
      policy,
    );
    if (wait === null || opts.signal?.aborted) return response;
    opts.onWait?.({ retry, of: policy.retries, waitMs: wait });
    await clock.sleep(wait);
    if (opts.signal?.aborted) return response;
  }
}

/** The status line while waiting: "The server is busy; trying again in 2 s (1 of 2)…". */
export function busyText({ retry, of, waitMs }: BusyWait): string {
  return `The server is busy; trying again in ${Math.ceil(waitMs / 1000)} s (${retry} of ${of})…`;
}
