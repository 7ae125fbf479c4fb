import { Router } from 'express';
import type { LevainPlugin, PluginServices } from './contract';

type RoutedPlugin = { plugin: LevainPlugin; services: PluginServices };

/**
 * The plugins' own HTTP GET routes (a redirect, a download), outside GraphQL. A disabled plugin's
 * routes fall through to the rest of the app (the web client answers them), as its fields answer
 * `PLUGIN_DISABLED`.
 */
export function pluginRoutes(plugins: readonly RoutedPlugin[]): Router {
  const router = Router();
  for (const { plugin, services } of plugins) {
    for (const route of plugin.routes ?? []) {
      router.get(route.path, async (req, res, next) => {
        try {
          if (!(await services.isEnabled())) return next();
          await route.handle(req, res, services);
        } catch (error) {
          next(error);
        }
      });
    }
  }
  return router;
}
