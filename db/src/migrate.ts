import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DbHandle } from './client';

export type MigrationSource = {
  /** Package id: core or a plugin id. Each has its own tracking table. */
  id: string;
  migrationsFolder: string;
};

export const coreMigrations: MigrationSource = {
  id: 'core',
  migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
};

/** Applies one package's migrations, tracked in `__migrations_<id>` (forward-only). */
export async function applyMigrations(handle: DbHandle, source: MigrationSource): Promise<void> {
  const config = {
    migrationsFolder: source.migrationsFolder,
    migrationsTable: `__migrations_${source.id.replace(/[^a-z0-9]/gi, '_')}`,
  };
  if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase<never>, config);
  else await migratePostgres(handle.db as unknown as PostgresJsDatabase<never>, config);
}
