import { describe, expect, it } from 'vitest';
import { Admission, type SetTimer } from '../../../../server/query/admission.js';
import { heavyLimits, heavyWords } from '../../../../server/http/heavy-gate.js';

/** A hand-written clock: timers fire only when the test moves time on. */
function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const setTimer: SetTimer = (fn, ms) => {
    const timer = { at: now + ms, fn, live: true };
    timers.push(timer);
    return () => {
      timer.live = false;
    };
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers)
      if (t.live && t.at <= now) {
        t.live = false;
        t.fn();
      }
  };
  return { setTimer, advance, live: () => timers.filter((t) => t.live).length };
}

const limits = { running: 1, perClient: 3, waiting: 2, waitMs: 1_000 };

function heavy(overrides: Partial<typeof limits> = {}) {
  const clock = fakeClock();
  return {
    clock,
    admission: new Admission({ ...limits, ...overrides }, heavyWords, clock.setTimer),
  };
}

describe('Admission of heavy requests', () => {
  it('runs no more than the running limit at once and queues the next', async () => {
    const { admission } = heavy();
    await admission.enter('a');
    void admission.enter('b');
    expect(admission.load).toEqual({ running: 1, waiting: 1 });
  });

  it('bounds the queue: a request beyond it is turned away with BUSY at once', async () => {
    const { admission } = heavy();
    await admission.enter('a');
    void admission.enter('b');
    void admission.enter('c');
    await expect(admission.enter('d')).rejects.toMatchObject({
      code: 'BUSY',
      message: `${heavyWords.full} ${heavyWords.advice}`,
      details: { retryAfterSeconds: 2 },
    });
  });

  it("keeps one client to its share while another client's request still queues", async () => {
    const { admission } = heavy({ waiting: 4 });
    await admission.enter('a');
    void admission.enter('a');
    void admission.enter('a');
    await expect(admission.enter('a')).rejects.toMatchObject({
      message: expect.stringContaining(heavyWords.perClient) as unknown,
    });
    void admission.enter('b');
    expect(admission.load.waiting).toBe(3);
  });

  it('starts waiting requests in the order they came', async () => {
    const { admission } = heavy();
    const release = await admission.enter('a');
    const order: string[] = [];
    const b = admission.enter('b').then((r) => (order.push('b'), r));
    const c = admission.enter('c').then((r) => (order.push('c'), r));
    release();
    (await b)();
    await c;
    expect(order).toEqual(['b', 'c']);
  });

  it('keeps a waiting request queued until the clock passes waitMs', async () => {
    const { admission, clock } = heavy();
    await admission.enter('a');
    void admission.enter('b');
    clock.advance(999);
    expect(admission.load.waiting).toBe(1);
  });

  it('turns a waiting request away with BUSY once the clock passes waitMs', async () => {
    const { admission, clock } = heavy();
    await admission.enter('a');
    const waiting = admission.enter('b');
    clock.advance(1_000);
    await expect(waiting).rejects.toMatchObject({
      message: expect.stringContaining(heavyWords.waitedTooLong) as unknown,
    });
  });

  it('stops the wait timer of a request once it gets a slot', async () => {
    const { admission, clock } = heavy();
    const release = await admission.enter('a');
    const waiting = admission.enter('b');
    release();
    await waiting;
    expect(clock.live()).toBe(0);
  });

  it('takes a waiting request out of the queue when its client goes away', async () => {
    const { admission } = heavy();
    await admission.enter('a');
    const gone = new AbortController();
    const waiting = admission.enter('b', gone.signal);
    gone.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'BUSY' });
    expect(admission.load.waiting).toBe(0);
  });

  it('gives a client that went away its share back', async () => {
    const { admission } = heavy({ perClient: 2, waiting: 4 });
    await admission.enter('a');
    const gone = new AbortController();
    admission.enter('a', gone.signal).catch(() => undefined);
    gone.abort();
    await Promise.resolve();
    void admission.enter('a');
    expect(admission.load.waiting).toBe(1);
  });

  it('refuses at once a request whose client has already gone', async () => {
    const { admission } = heavy();
    await expect(admission.enter('a', AbortSignal.abort())).rejects.toMatchObject({
      code: 'BUSY',
    });
    expect(admission.load.running).toBe(0);
  });
});

describe('heavyLimits', () => {
  it('lets one client keep six more waiting beyond the running slots, as many as a browser opens', () => {
    expect(heavyLimits(2)).toMatchObject({ running: 2, perClient: 8 });
  });
});

describe('Admission between clients', () => {
  it("starts another client's first request ahead of a hog's queue", async () => {
    const { admission } = heavy({ perClient: 8, waiting: 8 });
    const hogRelease = await admission.enter('hog');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) void admission.enter('hog').then(() => order.push('hog'));
    const other = admission.enter('other').then((r) => (order.push('other'), r));
    hogRelease();
    await other;
    expect(order).toEqual(['other']);
  });

  it('gives a newcomer a place in a full queue by turning away the newest of the client with most waiting', async () => {
    const { admission } = heavy({ perClient: 8, waiting: 3 });
    await admission.enter('hog');
    const hogs = [0, 1, 2].map(() => admission.enter('hog'));
    for (const h of hogs) h.catch(() => undefined);
    void admission.enter('other');
    await expect(hogs[2]).rejects.toMatchObject({ code: 'BUSY' });
    expect(admission.load).toEqual({ running: 1, waiting: 3 });
  });

  it('turns a newcomer away when the queue is full and shared evenly', async () => {
    const { admission } = heavy({ perClient: 8, waiting: 2 });
    await admission.enter('a');
    void admission.enter('b');
    void admission.enter('c');
    await expect(admission.enter('d')).rejects.toMatchObject({ code: 'BUSY' });
  });

  it('lets two hogs and a light client each start in turn rather than in arrival order', async () => {
    const { admission } = heavy({ running: 2, perClient: 8, waiting: 16 });
    const first = await admission.enter('hog1');
    await admission.enter('hog2');
    const started: string[] = [];
    const queued = [
      ...[0, 1, 2].map(() => admission.enter('hog1').then((r) => (started.push('hog1'), r))),
      ...[0, 1, 2].map(() => admission.enter('hog2').then((r) => (started.push('hog2'), r))),
      admission.enter('light').then((r) => (started.push('light'), r)),
    ];
    first();
    await queued[6];
    expect(started).toEqual(['light']);
  });
});
