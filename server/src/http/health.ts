import { sql } from 'drizzle-orm';
import { Router } from 'express';
import type { Services } from '../services';

export function healthRoutes(services: Services): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await services.db.execute(sql`select 1`);
      res.json({ status: 'ready' });
    } catch (error) {
      services.logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return router;
}
