// The processes a test started, found from the PID it spawned, never by
// name: another copy of the app running on the machine is not the test's.
// A child spawned with `detached: true` leads a process group of its own,
// which every process it starts joins (Neo4j's java too) and stays in when
// orphaned, so "nothing left" is "no live member of that group". Linux only
// (/proc), like the tests that use it.
import { readFileSync, readdirSync } from 'node:fs';

/** A process as /proc/<pid>/stat describes it; `start` tells it from a later one given the same PID. */
export interface ProcessRef {
  pid: number;
  start: string;
}

interface Stat extends ProcessRef {
  state: string;
  pgrp: number;
}

function stat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The name (field 2) may hold spaces and brackets: count fields from its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    pid,
    state: fields[0] ?? '',
    pgrp: Number(fields[2]),
    start: fields[19] ?? '',
  };
}

/** A zombie has ended; only its parent's bookkeeping is left. */
const live = (s: Stat | undefined): s is Stat => s !== undefined && s.state !== 'Z';

function children(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  });
}

/** Every live process under `pid` (children, theirs, …), at most 500. */
export function descendants(pid: number): ProcessRef[] {
  const found: ProcessRef[] = [];
  const queue = children(pid);
  while (queue.length && found.length < 500) {
    const next = queue.shift() as number;
    const s = stat(next);
    if (!live(s)) continue;
    found.push({ pid: s.pid, start: s.start });
    queue.push(...children(next));
  }
  return found;
}

/** The process's command line, its arguments joined by spaces ('' once it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** True while that very process (not a later one with its PID) runs. */
export function isRunning(p: ProcessRef): boolean {
  const s = stat(p.pid);
  return live(s) && s.start === p.start;
}

/** Live members of the process group `pgid`: those a detached child started, orphans included. */
export function groupMembers(pgid: number): number[] {
  // kill(-pgid, 0) answers for the whole group at once, but counts zombies
  // that nobody has reaped yet; /proc tells them apart.
  try {
    process.kill(-pgid, 0);
  } catch {
    return [];
  }
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => stat(Number(name)))
    .filter((s): s is Stat => live(s) && s.pgrp === pgid)
    .map((s) => s.pid);
}

/** Ends every process of a group the test started (clean-up after a failed test). */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
