// npm test's last step: the e2e suite (Chromium, its own Neo4j) beside the
// unit and integration suites (another Neo4j), as two vitest processes, so
// a browser waiting on the page and a test waiting on a Neo4j overlap. Each
// line is prefixed with its suite; the exit code fails if either does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const vitest = path.join(import.meta.dirname, '../../node_modules/.bin/vitest');
const suites: [string, string[]][] = [
  ['e2e', ['run', '--project', 'e2e']],
  ['db', ['run', '--project', 'unit', '--project', 'db']],
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

const children = suites.map(([name, args]) => {
  const child = spawn(vitest, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  prefixed(name, child);
  return { name, child };
});

// Ctrl+C or a CI timeout stops both suites and what they started (their process groups).
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const { child } of children) if (child.pid) process.kill(-child.pid, signal);
  });

const codes = await Promise.all(
  children.map(
    ({ name, child }) =>
      new Promise<number>((resolve) =>
        child.once('exit', (code, signal) => {
          process.stdout.write(`[${name}] finished: ${signal ?? `exit code ${code}`}\n`);
          resolve(code ?? 1);
        }),
      ),
  ),
);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
