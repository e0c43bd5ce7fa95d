// Starts the product: reads the environment, opens (or starts) Neo4j, loads
// the seed if it changed, serves the API and the client, and shuts down
// cleanly on SIGINT/SIGTERM, taking the local Neo4j down with it.
import type { Server } from 'node:http';
import { createApp, datasetOptions } from './app.js';
import { readConfig } from './config.js';
import { formatStartupError } from './errors.js';
import { createLogger } from './http/logger.js';
import { openDatabase, type Database } from './neo4j/connect.js';
import { clientDir } from './paths.js';
import { formatChecks, runChecks } from './seed/checks.js';
import { readProjectDataset } from './seed/dataset.js';
import { loadDataset } from './seed/loader.js';
import { formatLoadResult } from './seed/report.js';
import { startupProgress } from './startup-progress.js';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  // Start-up progress: a line ending in "…" opens a timed step (see startup-progress.ts).
  const progress = startupProgress();
  const say = progress.say;

  // Filled in as start-up proceeds; a signal may arrive at any point.
  const running: { db?: Database; server?: Server } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} received: stopping…`);
    // Stop accepting, let in-flight requests finish, then close the driver and Neo4j.
    const { server, db } = running;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
    say('Stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const db = await openDatabase(config.neo4j, say);
  running.db = db;

  if (config.seed.onStart) {
    const dataset = readProjectDataset(config.seed.dir);
    progress.begin(
      `Loading the seed (${dataset.files.reduce((n, f) => n + f.statements.length, 0)} statements)…`,
    );
    const result = await loadDataset(db.driver, db.database, dataset);
    say(formatLoadResult(result));
    const checks = await runChecks(db.driver, db.database, dataset);
    if (!checks.every((c) => c.passed))
      say(`Integrity checks found problems:\n${formatChecks(checks)}`);
  }

  const app = createApp({
    driver: db.driver,
    database: db.database,
    logger,
    ...datasetOptions(config.seed.dir),
    clientDir,
    options: { corsOrigin: config.http.corsOrigin, query: config.query },
  });
  running.server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.http.port, config.http.host, () => resolve(s));
    s.once('error', reject);
  });
  if (stopping) return;
  const shown = config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  say(progress.total());
  say(`\nThe explorer is ready at http://${shown}:${config.http.port}`);
  say('Press Ctrl+C to stop (this also stops the Neo4j it started).');
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(
    code === 'EADDRINUSE'
      ? '\n✖ The web port is already in use.\n  → Stop the other server or set PORT to a free port.\n'
      : formatStartupError(error),
  );
  process.exit(1);
});
