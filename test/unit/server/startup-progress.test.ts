import { describe, expect, it } from 'vitest';
import { seconds, startupProgress } from '../../../server/startup-progress.js';

/** A terminal or a pipe that keeps what is written, and a clock the test moves. */
function rig(isTTY: boolean) {
  const written: string[] = [];
  let t = 0;
  const progress = startupProgress({ isTTY, write: (s: string) => written.push(s) }, () => t);
  return { progress, text: () => written.join(''), advance: (ms: number) => (t += ms) };
}

describe('startupProgress', () => {
  it('prints each step and its time as plain lines when piped', () => {
    const { progress, text, advance } = rig(false);
    progress.begin('Starting Neo4j…');
    advance(12_400);
    progress.end('Neo4j is up.');
    expect(text()).toBe('Starting Neo4j…\n  done in 12 s\nNeo4j is up.\n');
  });

  it('opens a step on a line ending in an ellipsis and closes it on the next line', () => {
    const { progress, text, advance } = rig(false);
    progress.say('Resolving Neo4j from Maven Central…');
    advance(2_000);
    progress.say('Starting Neo4j…');
    advance(3_000);
    progress.say('Neo4j is up.');
    expect(text()).toBe(
      'Resolving Neo4j from Maven Central…\n  done in 2.0 s\nStarting Neo4j…\n  done in 3.0 s\nNeo4j is up.\n',
    );
  });

  it('rewrites the open step in place on a terminal and ticks it off when done', () => {
    const { progress, text, advance } = rig(true);
    progress.begin('Loading the seed (120 statements)…');
    advance(900);
    progress.end();
    expect(text()).toContain('\r\x1b[2K… Loading the seed (120 statements) (0.0 s)');
    expect(text().endsWith('\r\x1b[2K✔ Loading the seed (120 statements) (0.9 s)\n')).toBe(true);
  });

  it('gives the total time since it was created', () => {
    const { progress, advance } = rig(false);
    progress.begin('Starting Neo4j…');
    advance(61_000);
    expect(progress.total()).toBe('Started in 61 s.');
  });
});

describe('seconds', () => {
  it('shows tenths under ten seconds and whole seconds above', () => {
    expect(seconds(1_234)).toBe('1.2 s');
    expect(seconds(75_600)).toBe('76 s');
  });
});
