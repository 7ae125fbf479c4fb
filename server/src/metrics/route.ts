import { type Express, Router } from 'express';
import { bearerToken } from '../api-tokens/token-format';
import { authenticateApiToken } from '../api-tokens/tokens';
import type { Services } from '../services';
import type { Metrics } from './registry';

async function answer(metrics: Metrics, res: import('express').Response) {
  res.set('content-type', metrics.registry.contentType);
  res.set('cache-control', 'no-store');
  res.send(await metrics.registry.metrics());
}

/**
 * `GET /metrics` on the public port: only with an API token that has the `metrics` scope (which
 * only admins can grant); 401 without a token, 403 with another one.
 */
export function metricsRoute(services: Services, metrics: Metrics): Router {
  const router = Router();
  router.get('/metrics', async (req, res, next) => {
    try {
      const bearer = bearerToken(req.get('authorization'));
      const viewer = bearer ? await authenticateApiToken(services.db, bearer) : null;
      if (!viewer?.token?.scopes.has('metrics')) {
        res.status(bearer ? 403 : 401).json({ error: { code: bearer ? 'NOT_ALLOWED' : 'UNAUTHENTICATED' } });
        return;
      }
      await answer(metrics, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/**
 * The app a second listener serves on an internal address (METRICS_PORT, on 127.0.0.1 unless
 * METRICS_HOST says otherwise): `/metrics` without a token, for a Prometheus beside the server.
 */
export function internalMetricsApp(express: () => Express, metrics: Metrics): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', (_req, res, next) => answer(metrics, res).catch(next));
  return app;
}
