// The busy retry: the pure policy, then the loop with a hand-written fetch and
// a clock that only moves when the loop sleeps.
import { describe, expect, it } from 'vitest';
import {
  BUSY_POLICY,
  busyDelay,
  busyText,
  sendRetryingBusy,
  type BusyWait,
  type Clock,
} from '../../../../client/src/api/busy.js';
import { ApiClient } from '../../../../client/src/api/client.js';

function busy(retryAfter: string | null = '2'): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (retryAfter !== null) headers.set('retry-after', retryAfter);
  return new Response(JSON.stringify({ error: { code: 'BUSY', message: 'Busy.' } }), {
    status: 503,
    headers,
  });
}

const NO_SOURCES = { sources: [], total: 0, nextOffset: null };

function ok(body: unknown = NO_SOURCES): Response {
  return new Response(JSON.stringify(body), { status: 200 });
}

/** A clock whose time passes only in sleep (and, if asked, in each request). */
function fakeClock(): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms) => (now += ms),
  };
}

/** Answers in turn, then the last answer again; counts the calls. */
function script(...answers: (() => Response)[]) {
  const calls: string[] = [];
  const send = (url = '/api/x') => {
    calls.push(url);
    const next = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (!next) throw new Error('no answer scripted');
    return Promise.resolve(next());
  };
  return { send, calls };
}

describe('busyDelay', () => {
  it('waits what Retry-After asks, capped at 5 s, and a second when it says nothing', () => {
    expect(busyDelay(1, 2000, 0)).toBe(2000);
    expect(busyDelay(1, 60_000, 0)).toBe(BUSY_POLICY.maxWaitMs);
    expect(busyDelay(1, undefined, 0)).toBe(BUSY_POLICY.defaultWaitMs);
  });

  it('gives up after two retries', () => {
    expect(busyDelay(2, 1000, 0)).toBe(1000);
    expect(busyDelay(3, 1000, 0)).toBeNull();
  });

  it('gives up when the wait would end past the 15 s budget', () => {
    expect(busyDelay(1, 2000, 13_000)).toBe(2000);
    expect(busyDelay(1, 2000, 13_001)).toBeNull();
    // A request the gate held for its full 15 s has used the budget up.
    expect(busyDelay(1, 2000, 15_000)).toBeNull();
  });
});

describe('sendRetryingBusy', () => {
  it('sends again after the wait Retry-After asks for, and returns the good answer', async () => {
    const clock = fakeClock();
    const waits: BusyWait[] = [];
    const { send, calls } = script(() => busy('2'), ok);
    const response = await sendRetryingBusy(() => send(), {
      clock,
      onWait: (w) => waits.push(w),
    });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
    expect(waits).toEqual([{ retry: 1, of: 2, waitMs: 2000 }]);
    expect(busyText(waits[0]!)).toBe('The server is busy; trying again in 2 s (1 of 2)…');
  });

  it('stops after two retries and returns the last BUSY answer, body unread', async () => {
    const clock = fakeClock();
    const { send, calls } = script(() => busy('9'));
    const response = await sendRetryingBusy(() => send(), { clock });
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([5000, 5000]);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'BUSY' } });
  });

  it('does not wait past the budget when the requests themselves were slow', async () => {
    const clock = fakeClock();
    const { send, calls } = script(() => busy('2'));
    const slowSend = () => {
      clock.advance(7_000); // each try queued 7 s at the gate before being turned away
      return send();
    };
    await sendRetryingBusy(slowSend, { clock });
    // 7 s, wait 2, 7 s more = 16 s: no second wait.
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('leaves other answers alone, a 503 without BUSY included', async () => {
    const clock = fakeClock();
    const unavailable = () =>
      new Response(JSON.stringify({ error: { code: 'NEO4J_UNAVAILABLE', message: 'down' } }), {
        status: 503,
      });
    const { send, calls } = script(unavailable);
    expect((await sendRetryingBusy(() => send(), { clock })).status).toBe(503);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('does not send again once the request is aborted', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const { send, calls } = script(() => busy('1'), ok);
    const sleepThenAbort: Clock = {
      now: () => clock.now(),
      sleep: async (ms) => {
        await clock.sleep(ms);
        controller.abort();
      },
    };
    const response = await sendRetryingBusy(() => send(), {
      clock: sleepThenAbort,
      signal: controller.signal,
    });
    expect(response.status).toBe(503);
    expect(calls).toHaveLength(1);
  });
});

describe('ApiClient on a busy server', () => {
  it('retries a GET and resolves with its answer', async () => {
    const clock = fakeClock();
    const { send, calls } = script(
      () => busy('1'),
      () => ok(NO_SOURCES),
    );
    const client = new ApiClient((url) => send(url), '', { clock });
    await expect(client.sources()).resolves.toEqual(NO_SOURCES);
    const firstPage = '/api/sources?limit=1000&offset=0';
    expect(calls).toEqual([firstPage, firstPage]);
  });

  it('gives up with the BUSY error after two retries', async () => {
    const clock = fakeClock();
    const { send, calls } = script(() => busy('1'));
    const client = new ApiClient((url) => send(url), '', { clock });
    await expect(client.sources()).rejects.toMatchObject({ code: 'BUSY', status: 503 });
    expect(calls).toHaveLength(3);
  });

  it('never sends a POST twice', async () => {
    const clock = fakeClock();
    const { send, calls } = script(() => busy('1'));
    const client = new ApiClient((url) => send(url), '', { clock });
    await expect(client.query('RETURN 1')).rejects.toMatchObject({ code: 'BUSY' });
    expect(calls).toEqual(['/api/query']);
    expect(clock.sleeps).toEqual([]);
  });
});
