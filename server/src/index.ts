/** What tools around the server (its entry points in `app/`, the benchmark, scripts) build on. */
export { buildApp } from './app';
export { SessionService } from './auth/sessions';
export { listenForBackups } from './backup/live-copy';
export { loadConfig } from './config';
export { createRoundRobinProxy } from './http/round-robin-proxy';
export { internalMetricsApp } from './metrics/route';
export { installedPlugins } from './plugins';
