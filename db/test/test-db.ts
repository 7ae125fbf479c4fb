import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { createDb, type DbHandle, type DbOptions } from '../src/client';
import { TEMPLATE_DATABASE_ENV, TEMPLATE_FILE_ENV } from './template';

let pgliteTemplate: Blob | undefined;
/** The migrated PGlite copy of the run's global setup (`template.ts`), read once per worker. */
function migratedPglite(): Blob | undefined {
  const file = process.env[TEMPLATE_FILE_ENV];
  if (file && !pgliteTemplate) pgliteTemplate = new Blob([readFileSync(file)]);
  return pgliteTemplate;
}

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server of DATABASE_URL (dropped on close). Never reuses leftovers: it is empty, or a
 * copy of the core schema the run migrated once (`template.ts`), when the run has one.
 */
export async function createTestDb(
  options: Pick<DbOptions, 'onQuery'> = {},
): Promise<DbHandle & { url?: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    return createDb({ dataDir: 'memory://', onQuery: options.onQuery, restoreFrom: migratedPglite() });
  const name = `levain_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const template = process.env[TEMPLATE_DATABASE_ENV];
  await admin.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`);
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
