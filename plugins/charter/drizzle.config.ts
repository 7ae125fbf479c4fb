import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate --name <name>` here writes this plugin's migrations (tracked in __migrations_charter). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
