import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle, type DbOptions } from '../src/client';

/**
 * A fresh, empty database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server of DATABASE_URL (dropped on close). Never reuses leftovers.
 */
export async function createTestDb(
  options: Pick<DbOptions, 'onQuery'> = {},
): Promise<DbHandle & { url?: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return createDb({ dataDir: 'memory://', onQuery: options.onQuery });
  const name = `levain_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), max: 5, onQuery: options.onQuery });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
