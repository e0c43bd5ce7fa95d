// The helpers the start-up tests use to find their own processes: checked
// on a small tree of shells and sleeps this test starts itself.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  commandLine,
  descendants,
  groupMembers,
  isRunning,
  killGroup,
} from '../../support/processes.js';

/** sh, which starts a sleep in the background and waits: a parent, a child, one group. */
function tree() {
  const child = spawn('sh', ['-c', 'sleep 29 & wait'], { detached: true, stdio: 'ignore' });
  if (!child.pid) throw new Error('sh did not start');
  return { child, pid: child.pid };
}

describe.runIf(process.platform === 'linux')('test process helpers', () => {
  it('finds the grandchild a spawned process started, by its command line', async () => {
    const { pid } = tree();
    try {
      await expect
        .poll(() => descendants(pid).map((p) => commandLine(p.pid)), { timeout: 5_000 })
        .toEqual(['sleep 29']);
    } finally {
      killGroup(pid);
    }
  });

  it('counts an orphaned member of the group until it ends', async () => {
    const { child, pid } = tree();
    try {
      await expect.poll(() => descendants(pid).length, { timeout: 5_000 }).toBe(1);
      const [sleep] = descendants(pid);
      // The parent goes; the sleep it started lives on, orphaned, in the same group.
      child.kill('SIGKILL');
      await expect.poll(() => groupMembers(pid), { timeout: 5_000 }).toEqual([sleep?.pid]);
      killGroup(pid);
      await expect.poll(() => groupMembers(pid), { timeout: 5_000 }).toEqual([]);
      expect(sleep && isRunning(sleep)).toBe(false);
    } finally {
      killGroup(pid);
    }
  });
});
