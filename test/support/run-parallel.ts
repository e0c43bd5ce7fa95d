// npm test's last step: two lanes side by side, so a browser waiting on the
// page and a test waiting on a Neo4j overlap. One lane runs the e2e suite
// (Chromium, its own Neo4j) and then the integration files that start a
// Neo4j of their own ('own-neo4j' in vitest.config.ts); the other runs the
// unit and the other integration suites (another Neo4j). Each line is prefixed with its lane;
// the exit code fails if any run does, and a lane goes on after a failure
// so that one run reports every failing file.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const vitest = path.join(import.meta.dirname, '../../node_modules/.bin/vitest');
const lanes: [string, string[][]][] = [
  [
    'e2e',
    [
      ['run', '--project', 'e2e'],
      ['run', '--project', 'own-neo4j'],
    ],
  ],
  ['db', [['run', '--project', 'unit', '--project', 'db']]],
];

function prefixed(name: string, child: ChildProcess): void {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`[${name}] ${line}\n`);
    });
    stream?.on('end', () => rest && process.stdout.write(`[${name}] ${rest}\n`));
  }
}

const running = new Set<ChildProcess>();

// Ctrl+C or a CI timeout stops every run and what it started (its process group).
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    stopping = true;
    for (const child of running) if (child.pid) process.kill(-child.pid, signal);
  });

function runOnce(name: string, args: string[]): Promise<number> {
  const child = spawn(vitest, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  prefixed(name, child);
  return new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      process.stdout.write(
        `[${name}] ${args.join(' ')} finished: ${signal ?? `exit code ${code}`}\n`,
      );
      resolve(code ?? 1);
    }),
  );
}

async function runLane(name: string, runs: string[][]): Promise<number[]> {
  const codes: number[] = [];
  for (const args of runs) if (!stopping) codes.push(await runOnce(name, args));
  return codes;
}

const codes = (await Promise.all(lanes.map(([name, runs]) => runLane(name, runs)))).flat();
process.exit(stopping || codes.some((c) => c !== 0) ? 1 : 0);
