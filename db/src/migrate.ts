import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
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

/** Any constant will do, as long as every process migrating Levain's database takes the same one. */
const MIGRATION_LOCK = 7_105_846_214;

/**
 * Applies one package's migrations, tracked in `__migrations_<id>` (forward-only). On PostgreSQL,
 * replicas starting together take turns under an advisory lock: the first applies, the others then
 * find nothing left to do (without it they race on the same `create` statements and the losers crash).
 */
export async function applyMigrations(handle: DbHandle, source: MigrationSource): Promise<void> {
  const config = {
    migrationsFolder: source.migrationsFolder,
    migrationsTable: `__migrations_${source.id.replace(/[^a-z0-9]/gi, '_')}`,
  };
  if (handle.kind === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase<never>, config);
  else
    await handle.db.transaction(async (tx) => {
      // A migration (an index on a large table) may take longer than the server's request-sized limit.
      await tx.execute(sql`set local statement_timeout = 0`);
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await migratePostgres(tx as unknown as PostgresJsDatabase<never>, config);
    });
}
