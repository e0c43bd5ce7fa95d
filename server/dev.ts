// npm run dev: the API with restart-on-change (tsx watch) and Vite's
// hot-reloading client on http://localhost:5173, which proxies /api to it.
// Both stop together on Ctrl+C, and the API takes its Neo4j down with it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './neo4j/local-server.js';

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name);
const children: ChildProcess[] = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/main.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    // While developing, every answer is checked against its contract (route.ts).
    env: { ...process.env, CHECK_ANSWERS: process.env.CHECK_ANSWERS ?? 'true' },
  }),
  spawn(bin('vite'), ['--config', 'client/vite.config.ts'], { cwd: projectRoot, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}

process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null))
      process.exit(code ?? 0);
  });
}
