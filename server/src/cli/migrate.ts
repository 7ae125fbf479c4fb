import { buildApp } from '../app';
import { loadConfig } from '../config';
import { installedPlugins } from '../plugins';

/**
 * `pnpm db:migrate`: applies the core's migrations, then each installed plugin's, in the order
 * the plugin host loads them. Building the app (without listening) is what runs them at start-up
 * too, so both paths stay one.
 */
const config = loadConfig();
const plugins = installedPlugins();
const app = await buildApp({ config, plugins });
await app.close();
const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
console.log(
  `Migrations applied to ${database}: core, ${app.services.host.pluginIds.join(', ') || 'no plugins'}.`,
);
