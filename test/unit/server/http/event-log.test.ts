import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { eventLog } from '../../../../server/http/event-log.js';
import type { SetTimer } from '../../../../server/query/admission.js';

/** A logger writing JSON records into an array, and a clock the test moves by hand. */
function setup(linesPerWindow = 2) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  let now = 0;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const setTimer: SetTimer = (fn, ms) => {
    const t = { at: now + ms, fn, live: true };
    timers.push(t);
    return () => (t.live = false);
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers)
      if (t.live && t.at <= now) {
        t.live = false;
        t.fn();
      }
  };
  const log = eventLog(pino({ level: 'info' }, sink), {
    linesPerWindow,
    windowMs: 60_000,
    now: () => now,
    setTimer,
  });
  return { lines, log, advance };
}

describe('eventLog', () => {
  it('writes the first events of a kind in a minute as one short line each, without a stack', () => {
    const { lines, log } = setup();
    log.note('BUSY', 'warn', { client: '1.2.3.4' }, 'busy');
    log.note('BUSY', 'warn', { client: '1.2.3.4' }, 'busy');
    expect(lines).toMatchObject([
      { level: 40, event: 'BUSY', client: '1.2.3.4', msg: 'busy' },
      { level: 40, event: 'BUSY' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('stack');
  });

  it('counts the rest of the minute instead of writing them', () => {
    const { lines, log } = setup();
    for (let i = 0; i < 1_000; i++) log.note('BUSY', 'warn', {}, 'busy');
    expect(lines).toHaveLength(2);
  });

  it('writes the count once the minute is over, with no further event needed', () => {
    const { lines, log, advance } = setup();
    for (let i = 0; i < 1_000; i++) log.note('BUSY', 'warn', {}, 'busy');
    advance(60_000);
    expect(lines[2]).toMatchObject({
      event: 'BUSY',
      more: 998,
      msg: '998 more BUSY in the last 60 s',
    });
  });

  it('starts a new minute of single lines after the count', () => {
    const { lines, log, advance } = setup();
    for (let i = 0; i < 3; i++) log.note('BUSY', 'warn', {}, 'busy');
    advance(60_000);
    log.note('BUSY', 'warn', {}, 'again');
    expect(lines.map((l) => l['msg'])).toEqual([
      'busy',
      'busy',
      '1 more BUSY in the last 60 s',
      'again',
    ]);
  });

  it('keeps kinds apart: a flood of one does not hide the first of another', () => {
    const { lines, log } = setup();
    for (let i = 0; i < 100; i++) log.note('BUSY', 'warn', {}, 'busy');
    log.note('INVALID_INPUT', 'info', {}, 'bad');
    expect(lines.at(-1)).toMatchObject({ event: 'INVALID_INPUT', level: 30 });
  });
});
