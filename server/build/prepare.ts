// npm start's first step: the client and the server built when their sources
// changed since the last build, so the server then starts from compiled
// JavaScript with plain node (see server-build.ts). One short tsx process;
// the server itself is the next one, exec'd by npm so Ctrl+C reaches it.
// With --server, only the server is built, stale or not (npm run build:server).
import { buildClientIfStale } from '../client-build.js';
import { buildServer, ensureServerBuild } from './server-build.js';

if (process.argv.includes('--server')) {
  await buildServer();
  console.log('Server built into dist/server.');
} else {
  buildClientIfStale();
  if (!process.exitCode) await ensureServerBuild((line) => console.log(line));
}
