import { demoSignIns, seedDemoIfEmpty } from '@levain/seed';
import { buildApp, installedPlugins, internalMetricsApp, listenForBackups, loadConfig } from '@levain/server';
import express from 'express';

/**
 * How long a stop waits for requests already received (SHUTDOWN_GRACE_SECONDS): under the 30 s an
 * orchestrator (Kubernetes, Docker) usually waits before it kills. Before that, SHUTDOWN_DELAY_SECONDS
 * of answering as usual with /readyz at 503, for load balancers that poll it.
 */
const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 20) * 1000;
const delayMs = Number(process.env.SHUTDOWN_DELAY_SECONDS ?? 0) * 1000;

const config = loadConfig();
const app = await buildApp({ config, plugins: installedPlugins(), runJobs: true });
const seeded = await seedDemoIfEmpty(app.services);
// `pnpm db:backup` cannot open PGlite's files while this process has them: it asks this process.
const backups = config.databaseUrl
  ? null
  : await listenForBackups(app.services.handle, config.dataDir, app.services.logger);

// Prometheus beside the server scrapes /metrics here without a token; keep this address internal.
const metricsServer = process.env.METRICS_PORT
  ? internalMetricsApp(express, app.services.metrics).listen(
      Number(process.env.METRICS_PORT),
      process.env.METRICS_HOST ?? '127.0.0.1',
    )
  : null;

const server = app.express.listen(config.port, config.host, () => {
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nLevain is running at ${config.publicUrl}  —  database: ${database}`);
  if (seeded) console.log('Demo organisation created.');
  console.log('\nDemo sign-ins (password for all: levain-demo-2026):');
  for (const line of demoSignIns) console.log(`  ${line.role.padEnd(22)} ${line.email}`);
  console.log('');
});

/**
 * Drains HTTP (requests received are answered), then stops the job worker, waits for event handlers,
 * writes buffered impressions and closes the database. A second signal stops at once.
 */
let stopping = false;
async function stop(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  const { logger } = app.services;
  logger.info({ signal, graceSeconds: graceMs / 1000 }, 'draining');
  setTimeout(
    () => {
      logger.error('still stopping after the grace period and 10 s more: exiting');
      process.exit(1);
    },
    delayMs + graceMs + 10_000,
  ).unref();
  const cut = await app.drain.drain(server, { delayMs, graceMs });
  if (cut) logger.warn({ cut }, 'grace period over: requests still running were cut');
  await backups?.close();
  metricsServer?.close();
  await app.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
