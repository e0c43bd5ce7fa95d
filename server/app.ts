import { existsSync } from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Driver } from './neo4j/driver.js';
import type { Logger } from 'pino';
import type { SavedQuery } from '../contract/index.js';
import { ApiError } from './errors.js';
import { createGraphContext } from './graph/context.js';
import { defaultProfile, type GraphProfile } from '../core/dataset/profile.js';
import { readProfile } from './loader/manifest.js';
import { compressAnswers } from './http/compression.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { acceptedEncodingsOnly, bodyDepthLimit } from './http/body-checks.js';
import { heavyAdmission, heavyGate, heavyLimits, type Gate } from './http/heavy-gate.js';
import { defaultRateLimits, requestRate, type RateLimits } from './http/rate-limit.js';
import { hostCheck, LOOPBACK_HOSTS } from './http/host-check.js';
import { requestLogger, type LogFormat } from './http/logger.js';
import { openApiDocument } from './http/openapi.js';
import { mountRoutes } from './http/route.js';
import { bundledSeedDir, projectRoot, savedQueriesDir } from './project-paths.js';
import type { AdmissionLimits } from './query/admission.js';
import { readSavedQueries } from './query/library.js';
import { runReadOnlyQuery } from './query/run.js';
import { inProcessRunner, type AnalystRunner } from './query/runner.js';
import { apiRoutes, type ServiceState } from './routes/api.js';
import { reportBodies } from './reports/body.js';
import { useAccounts, type AccountsOptions } from './auth/mount.js';
import { curationRoutes } from './curation/routes.js';
import { exportRoutes } from './export/routes.js';
import { workspaceRoutes } from './workspace/routes.js';
import { readOnlyGuard } from './http/read-only.js';
import { importBodies } from './import/body.js';
import { importRoutes } from './import/routes.js';
import { ftmExportRoutes } from './import/ftm-route.js';

export interface AppOptions {
  /** Origin allowed to call the API from another site; CORS is off when unset. */
  corsOrigin?: string | undefined;
  /** Host names the server answers to (Host header); loopback names when unset. */
  allowedHosts?: string[] | undefined;
  query: { timeoutMs: number; rowCap: number; ratePerMinute: number };
  /** The explorer's costly requests at once, queued and per client; heavyLimits(1) when unset. */
  heavy?: AdmissionLimits | undefined;
  /** Every API request's per-client token bucket; defaultRateLimits when unset (tests raise it). */
  rate?: RateLimits | undefined;
  /** Sessions, READ_ACCESS and sign-in limits (server/auth); defaults when unset. */
  accounts?: AccountsOptions | undefined;
  /** The URI of a database only read (an existing Neo4j without SEED_ON_START): writes are refused. */
  readOnlyUri?: string | undefined;
  /** Where the import dialog keeps uploads and backups; .neo4j/imports when unset. */
  importDir?: string | undefined;
  /**
   * Whether a read's answer is checked against its contract schema before it
   * is sent (writes' and accounts' answers always are): on unless main.ts
   * turns it off (CHECK_ANSWERS), since the answer is built from checked parts
   * and the check was a large part of a big answer's cost.
   */
  checkAnswers?: boolean | undefined;
}

export interface AppDeps {
  driver: Driver;
  /** undefined means the server's default database. */
  database: string | undefined;
  logger: Logger;
  /** Which labels and types play which part (from the dataset's ontology.json). */
  profile?: GraphProfile;
  savedQueries?: SavedQuery[];
  /**
   * Runs analysts' Cypher (POST /api/query). main.ts passes worker threads
   * with a hard deadline; when absent, queries run in this thread.
   */
  analyst?: AnalystRunner;
  /** The service's own state (degraded while it recovers), shown by /api/health. */
  service?: ServiceState;
  /** The built client (Vite's output); when absent only the API is served. */
  clientDir?: string | undefined;
  /** JSON or pretty request lines; from LOG_FORMAT and the terminal when unset. */
  logFormat?: LogFormat | undefined;
  options: AppOptions;
}

export const defaultAppOptions: AppOptions = {
  query: { timeoutMs: 5_000, rowCap: 5_000, ratePerMinute: 60 },
  heavy: heavyLimits(1),
};

/** What the app knows of a dataset: its profile (ontology.json) and the saved-query library. */
export function datasetOptions(
  seedDir: string = bundledSeedDir,
): Pick<AppDeps, 'profile' | 'savedQueries'> {
  return { profile: readProfile(seedDir), savedQueries: readSavedQueries(savedQueriesDir) };
}

/**
 * An existing database explored with no dataset folder named: no manifest
 * (captions and time inferred from its schema) and none of the seed's saved
 * queries, which name the seed's labels.
 */
export function existingDatabaseOptions(): Pick<AppDeps, 'profile' | 'savedQueries'> {
  return {
    profile: {
      ...defaultProfile,
      id: 'existing-database',
      inferTime: true,
    },
    savedQueries: [],
  };
}

/** Builds the Express app. It never listens: main.ts (or a test) does that. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogger(deps.logger, deps.logFormat));
  app.use(hostCheck(deps.options.allowedHosts ?? LOOPBACK_HOSTS, deps.options.corsOrigin));
  app.use(compressAnswers());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape and CodeMirror set inline styles on elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  if (deps.options.corsOrigin) app.use('/api', cors({ origin: deps.options.corsOrigin }));
  // Before the body is read: a flooding client costs a map lookup, not a parse.
  const rate = requestRate(deps.options.rate ?? defaultRateLimits);
  app.use('/api', rate.middleware);
  if (deps.options.readOnlyUri) app.use('/api', readOnlyGuard(deps.options.readOnlyUri));
  // Before the body is read: a cross-site or tokenless write is refused unread.
  const accounts = useAccounts(
    app,
    { driver: deps.driver, database: deps.database },
    { ...deps.options.accounts, corsOrigin: deps.options.corsOrigin },
  );
  app.use('/api', acceptedEncodingsOnly());
  // Reports are larger than the API's other bodies (a saved page); their parser comes first.
  app.use('/api/reports', reportBodies());
  app.use('/api/import', importBodies());
  app.use('/api', express.json({ limit: '100kb' }));
  app.use('/api', bodyDepthLimit());
  app.use(
    '/api/query',
    rateLimit({
      windowMs: 60_000,
      limit: deps.options.query.ratePerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) =>
        next(
          new ApiError(
            'RATE_LIMITED',
            'Too many queries in a minute. Wait a little and run it again.',
          ),
        ),
    }),
  );

  const ctx = createGraphContext(deps.driver, deps.database, deps.profile ?? defaultProfile);
  const analyst =
    deps.analyst ??
    inProcessRunner((request, limits) =>
      runReadOnlyQuery(deps.driver, deps.database, request, limits),
    );
  const routes = [
    ...apiRoutes(ctx, {
      savedQueries: deps.savedQueries ?? [],
      limits: { ...deps.options.query, captions: ctx.profile.captions },
      analyst,
      service: deps.service ?? {},
    }),
    ...accounts.routes,
    ...curationRoutes({ driver: deps.driver, database: deps.database }),
    ...exportRoutes(ctx),
    ...workspaceRoutes({ driver: deps.driver, database: deps.database }),
    ...ftmExportRoutes(ctx),
    ...importRoutes(ctx, {
      root: deps.options.importDir ?? path.join(projectRoot, '.neo4j', 'imports'),
    }),
  ];
  const openApi = openApiDocument(routes);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  const heavy = heavyGate(heavyAdmission(deps.options.heavy ?? heavyLimits(1)));
  // A heavy request weighs more against its client's rate before it waits for a slot.
  const gate: Gate = (req, res) => {
    rate.chargeHeavy(req);
    return heavy(req, res);
  };
  app.use('/api', mountRoutes(routes, gate, deps.options.checkAnswers ?? true));
  app.use('/api', notFoundHandler);

  if (deps.clientDir && existsSync(deps.clientDir)) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes fall back to the single page.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
