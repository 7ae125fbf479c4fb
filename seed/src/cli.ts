import { buildApp, installedPlugins, loadConfig } from '@levain/server';
import { DEMO_PASSWORD, demoSignIns, seedDemoIfEmpty } from './demo';

/** `pnpm db:seed`: migrates, then creates the demo organisation if the database has none. */
const config = loadConfig();
const app = await buildApp({ config, plugins: installedPlugins() });
try {
  const seeded = await seedDemoIfEmpty(app.services);
  if (seeded) console.log('Demo organisation "Groupe Atlas" created.');
  else if (process.env.LEVAIN_SEED === 'none')
    console.log('LEVAIN_SEED=none: demo organisation not created.');
  else console.log('The organisation already exists: nothing to do.');
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const line of demoSignIns) console.log(`  ${line.role.padEnd(22)} ${line.email}`);
} finally {
  await app.close();
}
