// Starts the product: reads the environment, opens (or starts) Neo4j, loads
// the seed if it changed, serves the API and the client, and shuts down
// cleanly on SIGINT/SIGTERM, taking the local Neo4j down with it.
import type { Server } from 'node:http';
import path from 'node:path';
import type { Driver } from './neo4j/driver.js';
import { createApp, datasetOptions, existingDatabaseOptions } from './app.js';
import { readConfig } from './config.js';
import { heavyLimits } from './http/heavy-gate.js';
import { formatStartupError, StartupError } from './errors.js';
import { isPortFree } from './neo4j/ports.js';
import { createLogger } from './http/logger.js';
import { createLimitedServer } from './http/connection-limits.js';
import { eventLog } from './http/event-log.js';
import { defaultRateLimits, instanceShare, perMinuteShare } from './http/rate-limit.js';
import { productAnalystRunner } from './analyst.js';
import type { AnalystRunner } from './query/runner.js';
import type { ServiceState } from './routes/api.js';
import { openDatabase, type Database } from './neo4j/connect.js';
import { startAnalystSandbox, type AnalystSandbox } from './query/sandbox.js';
import { firstAdminLine, issueFirstAdminToken } from './auth/first-admin.js';
import { clientDir } from './project-paths.js';
import {
  dialogImport,
  importProfile,
  keptImportLine,
  loadAtStart,
} from './loader/startup-dataset.js';
import { startupProgress } from './startup-progress.js';
import { loadingLine, modeBanner, searchLine, searchPlan } from './startup-banner.js';
import { createGraphContext } from './graph/context.js';
import { defaultProfile, type GraphProfile } from '../core/dataset/profile.js';

const SHUTDOWN_BUDGET_MS = 45_000;

/** The dataset folder as start-up names it: relative to where npm start runs. */
function shownFolder(dir: string): string {
  return path.relative(process.cwd(), dir) || '.';
}

/** How search will find nodes, from the full-text indexes the database has now. */
async function searchPlanOf(driver: Driver, database: string | undefined, profile: GraphProfile) {
  try {
    const { fulltextIndexes } = await createGraphContext(driver, database, profile).vocabulary();
    return searchPlan(fulltextIndexes, profile.searchIndex);
  } catch (error) {
    return {
      listed: false as const,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  // Start-up progress: a line ending in "…" opens a timed step (see startup-progress.ts).
  const progress = startupProgress();
  const say = progress.say;

  // Filled in as start-up proceeds; a signal may arrive at any point.
  const running: {
    db?: Database;
    server?: Server;
    analyst?: AnalystRunner;
    sandbox?: AnalystSandbox;
  } = {};
  const service: ServiceState = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} received: stopping…`);
    // The shutdown budget: whatever hangs, the process ends (its Neo4j child
    // ends with it, because the launcher stops when its stdin closes).
    setTimeout(() => {
      say('Shutdown took too long; exiting now.');
      process.exit(1);
    }, SHUTDOWN_BUDGET_MS).unref();
    // Stop accepting, let in-flight requests finish, then close the driver and Neo4j.
    const { server, db, analyst, sandbox } = running;
    // A runaway analyst query must not hold the shutdown: its worker goes first.
    await analyst?.close();
    await sandbox?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await db?.close();
    say('Stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  // A closed terminal: stop as for Ctrl+C, taking the local Neo4j down too.
  process.once('SIGHUP', () => void stop('SIGHUP'));

  // Fail before the slow part: a busy web port would only show after Neo4j started.
  if (config.http.port !== 0 && !(await isPortFree(config.http.port, config.http.host))) {
    throw new StartupError(
      'PORT_TAKEN',
      `The web port ${config.http.port} on ${config.http.host} is already in use.`,
      'Stop the other server (perhaps another npm start) or set PORT to a free port.',
    );
  }
  const db = await openDatabase(config.neo4j, say);
  running.db = db;
  // The analysts' sandbox starts while the seed loads; it copies the graph afterwards.
  const sandboxStart =
    db.local && config.neo4j.sandbox.enabled
      ? startAnalystSandbox({
          main: db,
          mainDataDir: config.neo4j.dataDir,
          heapMb: config.neo4j.sandbox.heapMb,
          log: (m) => logger.info(m),
        }).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          say(
            `Warning: the analyst sandbox did not start (${reason}); analyst queries run on the explorer's database.`,
          );
          return undefined;
        })
      : undefined;

  // A database this process did not start is only read, unless SEED_ON_START says otherwise.
  const loadSeed = config.seed.onStart ?? Boolean(db.local);
  const readOnly = !db.local && !loadSeed;
  if (readOnly && config.accounts.readAccess === 'signed-in')
    throw new StartupError(
      'CONFIG_INVALID',
      `READ_ACCESS=signed-in needs sign-in, which writes sessions, but the existing Neo4j at ${db.uri} is opened read-only.`,
      'Set SEED_ON_START=true to let the explorer write to it, or leave READ_ACCESS unset.',
    );
  const useManifest = Boolean(db.local) || loadSeed || config.seed.named;
  // A graph the import dialog filled is explored under its own manifest, not the seed's (startup-dataset.ts).
  const kept =
    useManifest && !config.seed.named ? await dialogImport(db.driver, db.database) : undefined;
  // The bundled seed's manifest describes the seed, not a database someone else filled.
  const graphOptions = kept
    ? { profile: importProfile(kept), savedQueries: [] }
    : useManifest
      ? datasetOptions(config.seed.dir)
      : existingDatabaseOptions();
  const profile = graphOptions.profile ?? defaultProfile;
  const datasetFacts = {
    folder: shownFolder(kept?.dir ?? config.seed.dir),
    title: profile.title,
  };
  say(
    modeBanner({
      database: db.local
        ? { local: true, dataDir: config.neo4j.dataDir }
        : { local: false, uri: db.uri },
      dataset: datasetFacts,
      loads: loadSeed,
      usesManifest: useManifest,
    }),
  );
  if (kept) say(keptImportLine(kept));
  else if (loadSeed) {
    await loadAtStart(db.driver, db.database, config.seed, {
      begin: (statements) => progress.begin(loadingLine(datasetFacts, statements)),
      say,
    });
  }
  // After the load, which may have created the dataset's full-text index.
  say(searchLine(await searchPlanOf(db.driver, db.database, profile)));

  const sandbox = await sandboxStart;
  running.sandbox = sandbox;
  if (sandbox) {
    say('Analyst queries run in their own sandbox, a copy of the graph (see README: Reliability).');
    await sandbox.ensureCurrent();
  }
  const analyst = productAnalystRunner(db, config.query.timeoutMs, logger, service, sandbox);
  running.analyst = analyst;

  const app = createApp({
    driver: db.driver,
    database: db.database,
    analyst,
    service,
    logger,
    ...graphOptions,
    clientDir,
    options: {
      corsOrigin: config.http.corsOrigin,
      allowedHosts: config.http.allowedHosts,
      // Each of API_INSTANCES instances takes its share of the per-client rates (rate-limit.ts).
      query: {
        ...config.query,
        ratePerMinute: perMinuteShare(config.query.ratePerMinute, config.http.instances),
      },
      heavy: heavyLimits(config.heavyAtOnce),
      rate: instanceShare({ ...defaultRateLimits, ...config.http.rate }, config.http.instances),
      accounts: { auth: config.accounts },
      readOnlyUri: readOnly ? db.uri : undefined,
      checkAnswers: config.checkAnswers,
    },
  });
  // Time limits and connection caps a slow or flooding client cannot stretch (connection-limits.ts).
  const { server } = createLimitedServer(app, config.http.connections, eventLog(logger));
  running.server = server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  // No default password: while no admin exists, a one-time link to make the first one.
  // Issued before "ready" so that everything below that line is printed at once.
  const setupToken = readOnly
    ? undefined
    : await issueFirstAdminToken({ driver: db.driver, database: db.database });
  if (stopping) return;
  const shown = config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  say(progress.total());
  say(`\nThe explorer is ready at http://${shown}:${config.http.port}`);
  if (setupToken) say(firstAdminLine(`http://${shown}:${config.http.port}`, setupToken));
  say(
    db.local
      ? 'Press Ctrl+C to stop (this also stops the Neo4j it started).'
      : `Press Ctrl+C to stop. The Neo4j at ${db.uri} was not started here and keeps running.`,
  );
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
