import { describe, expect, it } from 'vitest';
import { STEP_MS, StepHistory } from '../../../../client/src/state/history.js';

function browser() {
  const entries = ['/'];
  let at = 0;
  let t = 0;
  const history = new StepHistory(
    {
      push: (url) => {
        entries.splice(at + 1, Infinity, url);
        at++;
      },
      replace: (url) => {
        entries[at] = url;
      },
      current: () => entries[at] ?? '',
    },
    () => t,
  );
  return {
    history,
    entries,
    tick: (ms: number) => (t += ms),
    back: () => entries[--at],
  };
}

describe('the history of the user’s steps', () => {
  it('makes each step an entry, so Back returns to the one before', () => {
    const b = browser();
    b.history.write('/?sel=a&v=2');
    b.tick(1000);
    b.history.write('/?sel=b&v=2');
    expect(b.entries).toEqual(['/', '/?sel=a&v=2', '/?sel=b&v=2']);
    expect(b.back()).toBe('/?sel=a&v=2');
  });

  it('keeps the writes of one step (a burst) as one entry', () => {
    const b = browser();
    b.tick(1000);
    b.history.write('/?exp=x&v=2');
    b.tick(STEP_MS / 4);
    b.history.write('/?exp=x&pin=y&v=2');
    expect(b.entries).toEqual(['/', '/?exp=x&pin=y&v=2']);
  });

  it('writes nothing when the address does not change (a hover, a pan)', () => {
    const b = browser();
    b.history.write('/');
    expect(b.entries).toEqual(['/']);
  });

  it('replaces while a view loads or Back is applied', async () => {
    const b = browser();
    b.tick(1000);
    await b.history.quietly(async () => {
      b.history.write('/?exp=x&v=2');
      b.tick(5000);
      await Promise.resolve();
      b.history.write('/?exp=x,y&v=2');
    });
    expect(b.entries).toEqual(['/?exp=x,y&v=2']);
    b.tick(1000);
    b.history.quietlyNow(() => b.history.write('/?sel=z&v=2'));
    expect(b.entries).toEqual(['/?sel=z&v=2']);
  });
});
