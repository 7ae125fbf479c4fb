import { buildApp } from './app';
import { loadConfig } from './config';
import { installedPlugins } from './plugins';
import { demoSignIns, seedDemoIfEmpty } from './seed/demo';

const config = loadConfig();
const app = await buildApp({ config, plugins: installedPlugins(), runJobs: true });
const seeded = await seedDemoIfEmpty(app.services);

const server = app.express.listen(config.port, () => {
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nLevain is running at ${config.publicUrl}  —  database: ${database}`);
  if (seeded) console.log('Demo organisation created.');
  console.log('\nDemo sign-ins (password for all: levain-demo-2026):');
  for (const line of demoSignIns) console.log(`  ${line.role.padEnd(22)} ${line.email}`);
  console.log('');
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.services.logger.info({ signal }, 'shutting down');
  server.close();
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
