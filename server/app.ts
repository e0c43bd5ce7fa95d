import { existsSync } from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { requestLogger } from './http/logger.js';
import { healthRoutes } from './routes/health.js';

export interface AppOptions {
  /** Origin allowed to call the API from another site; CORS is off when unset. */
  corsOrigin?: string | undefined;
  query: { timeoutMs: number; rowCap: number; ratePerMinute: number };
}

export interface AppDeps {
  driver: Driver;
  /** undefined means the server's default database. */
  database: string | undefined;
  logger: Logger;
  /** The built client (Vite's output); when absent only the API is served. */
  clientDir?: string | undefined;
  options: AppOptions;
}

export const defaultAppOptions: AppOptions = {
  query: { timeoutMs: 5_000, rowCap: 5_000, ratePerMinute: 60 },
};

/** Builds the Express app. It never listens: main.ts (or a test) does that. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLogger(deps.logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape and CodeMirror set inline styles on elements.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  if (deps.options.corsOrigin) app.use('/api', cors({ origin: deps.options.corsOrigin }));
  app.use('/api', express.json({ limit: '100kb' }));

  app.use('/api', healthRoutes(deps));
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
