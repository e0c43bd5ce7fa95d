// npm test: first the checks (format, types, lint, the client build) in two
// lanes, since each is one single-threaded process and the machine has two
// cores; a failing check stops there, as `&&` would. Then the tests in two
// lanes side by side, so a browser waiting on the page and a test waiting on a
// Neo4j overlap. One lane runs the e2e suite
// (Chromium, its own Neo4j) and then the integration files that start a
// Neo4j of their own ('own-neo4j' in vitest.config.ts); the other runs the
// unit and the other integration suites (another Neo4j). Each line is prefixed with its lane;
// the exit code fails if any run does, and a lane goes on after a failure
// so that one run reports every failing file.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const bin = (name: string) => path.join(import.meta.dirname, '../../node_modules/.bin', name);
const npmRun = (script: string) => ['npm', 'run', '--silent', script];
const vitest = (...projects: string[]) => [
  bin('vitest'),
  'run',
  ...projects.flatMap((p) => ['--project', p]),
];
type Lane = [name: string, commands: string[][]];

// Lint is the longest check (a type-checked program of its own); the rest add up to about as long.
const checks: Lane[] = [
  ['lint', [npmRun('lint')]],
  ['checks', [npmRun('format:check'), npmRun('typecheck'), npmRun('build:client')]],
];
const tests: Lane[] = [
  ['e2e', [vitest('e2e'), vitest('own-neo4j')]],
  ['db', [vitest('unit', 'db')]],
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

function runOnce(name: string, [command, ...args]: string[]): Promise<number> {
  if (!command) return Promise.resolve(0);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  prefixed(name, child);
  return new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      process.stdout.write(
        `[${name}] ${path.basename(command)} ${args.join(' ')} finished: ${signal ?? `exit code ${code}`}\n`,
      );
      resolve(code ?? 1);
    }),
  );
}

async function runLane([name, runs]: Lane): Promise<number[]> {
  const codes: number[] = [];
  for (const command of runs) if (!stopping) codes.push(await runOnce(name, command));
  return codes;
}

/** Runs the lanes side by side; true when every command in them passed. */
async function stage(lanes: Lane[]): Promise<boolean> {
  const codes = (await Promise.all(lanes.map(runLane))).flat();
  return !stopping && codes.every((c) => c === 0);
}

process.exit((await stage(checks)) && (await stage(tests)) ? 0 : 1);
