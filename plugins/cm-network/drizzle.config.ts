import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate --name <name>` here writes this plugin's migrations (tracked in __migrations_cm_network). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
