import { describe, expect, it } from 'vitest';
import {
  clockDate,
  clockSpan,
  ReplayPlayer,
  replayFrames,
  type Timer,
} from '../../../../client/src/story/replay.js';

const events = [
  { date: '2025-04-04', firstReported: '2025-06-12' },
  { date: '2025-06-12', firstReported: '2025-06-12' },
  { date: '2025-10-01', firstReported: null },
];

describe('the two clocks of a replay', () => {
  it('puts an event on the reported clock at its first report, else at its date', () => {
    expect(clockDate(events[0]!, 'reported')).toBe('2025-06-12');
    expect(clockDate(events[2]!, 'reported')).toBe('2025-10-01');
    expect(clockDate(events[0]!, 'happened')).toBe('2025-04-04');
  });

  it('spans the first to the last event on the chosen clock', () => {
    expect(clockSpan(events, 'happened')).toEqual({ from: '2025-04-04', to: '2025-10-01' });
    expect(clockSpan(events, 'reported')).toEqual({ from: '2025-06-12', to: '2025-10-01' });
    expect(clockSpan([], 'reported')).toBeUndefined();
  });
});

describe('replay frames', () => {
  it('has one frame per date something enters, at the speed asked', () => {
    const f = replayFrames(events, {
      clock: 'happened',
      from: '2025-04-01',
      to: '2025-10-31',
      speed: 30,
    });
    expect(f.map((x) => x.date)).toEqual([
      '2025-04-01',
      '2025-04-04',
      '2025-06-12',
      '2025-10-01',
      '2025-10-31',
    ]);
    // 72 days at 30 days a second: 2.4 s after the start.
    expect(f[2]?.at).toBe(2400);
  });

  it('keeps frames apart by the least gap when dates crowd', () => {
    const f = replayFrames(events, {
      clock: 'reported',
      from: '2025-06-11',
      to: '2025-06-13',
      speed: 365,
    });
    expect(f.map((x) => x.at)).toEqual([0, 400, 800]);
  });
});

describe('the replay player', () => {
  it('shows each frame in order, then says it is done', () => {
    const queue: (() => void)[] = [];
    const timer: Timer = { set: (fn) => queue.push(fn), clear: () => undefined };
    const shown: string[] = [];
    let done = false;
    const p = new ReplayPlayer(
      [
        { date: 'a', at: 0 },
        { date: 'b', at: 10 },
      ],
      (d) => shown.push(d),
      () => (done = true),
      timer,
    );
    p.play();
    for (let i = 0; i < 5 && queue.length; i++) queue.shift()!();
    expect(shown).toEqual(['a', 'b']);
    expect(done).toBe(true);
    expect(p.playing).toBe(false);
  });

  it('stops on pause and goes on from where it was', () => {
    const queue: (() => void)[] = [];
    const timer: Timer = { set: (fn) => queue.push(fn), clear: () => queue.splice(0) };
    const shown: string[] = [];
    const p = new ReplayPlayer(
      [
        { date: 'a', at: 0 },
        { date: 'b', at: 10 },
      ],
      (d) => shown.push(d),
      undefined,
      timer,
    );
    p.play();
    queue.shift()!();
    p.pause();
    expect(queue).toHaveLength(0);
    p.play();
    queue.shift()!();
    expect(shown).toEqual(['a', 'b']);
  });
});
