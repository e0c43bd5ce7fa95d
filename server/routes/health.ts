import { Router } from 'express';
import { Health } from '../../contract/index.js';
import type { AppDeps } from '../app.js';
import { readHealth } from '../graph/health.js';

export function healthRoutes({ driver, database }: AppDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const health = Health.parse(await readHealth(driver, database));
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
