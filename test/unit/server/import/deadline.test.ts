// The import's read deadline: the request is refused with what to do when
// the read runs past it, and the read itself stops at its next progress
// report rather than going on unseen.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../../../server/import/problems.js';

describe('a read under its deadline', () => {
  it('is refused with what to do, and stops at its next report', async () => {
    let reports = 0;
    let read: Promise<string> | undefined;
    const refused = withDeadline(
      (signal) => {
        read = (async () => {
          for (let i = 0; i < 400; i++) {
            signal.throwIfAborted();
            reports++;
            await sleep(5);
          }
          return 'read whole';
        })();
        return read;
      },
      50,
      'Reading the files',
    );
    await expect(refused).rejects.toThrow(
      'Reading the files took longer than 0.05 s: load a file this large with npm run seed -- <file>.',
    );
    await expect(read).rejects.toThrow(/aborted/i);
    const stoppedAt = reports;
    await sleep(50);
    expect(reports).toBe(stoppedAt);
    expect(reports).toBeLessThan(400);
  });

  it('gives the read its answer when it ends in time', async () => {
    await expect(
      withDeadline(() => Promise.resolve('read whole'), 1_000, 'Reading the files'),
    ).resolves.toBe('read whole');
  });
});
