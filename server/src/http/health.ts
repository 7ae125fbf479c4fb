import { Router } from 'express';
import type { DatabaseStatus } from './database-status';
import type { HttpDrain } from './drain';

/** A readiness probe answers within this, database or not: load balancers give up on slow probes. */
const READY_WITHIN_MS = 1_000;

export function healthRoutes(database: DatabaseStatus, drain: HttpDrain): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (drain.isDraining) return void res.status(503).json({ status: 'draining' });
    if (database.reachable && (await database.ping(READY_WITHIN_MS)))
      return void res.json({ status: 'ready' });
    res.status(503).json({ status: 'database unreachable' });
  });
  return router;
}
