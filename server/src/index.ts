/** What tools around the server (the benchmark, scripts) build on: the app, its config, sessions. */
export { buildApp } from './app';
export { SessionService } from './auth/sessions';
export { loadConfig } from './config';
export { installedPlugins } from './plugins';
