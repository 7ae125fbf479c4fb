import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDb } from '../src/client';
import { applyMigrations, coreMigrations } from '../src/migrate';

/** Where `createTestDb` finds the migrated copy it starts each test file's database from. */
export const TEMPLATE_FILE_ENV = 'LEVAIN_TEST_TEMPLATE_FILE';
export const TEMPLATE_DATABASE_ENV = 'LEVAIN_TEST_TEMPLATE_DATABASE';

/**
 * Vitest global setup: migrates the core schema once per run, into a PGlite data folder copy (a
 * fresh in-memory PGlite takes ~2.5 s to initialise, a copy ~1 s) or a PostgreSQL template database,
 * so each test file's new database starts migrated. Workers inherit the environment set here.
 */
export default async function migrateTemplateOnce(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await createDb({ dataDir: 'memory://' });
    await applyMigrations(handle, coreMigrations);
    const copy = await handle.dumpDataDir!();
    await handle.close();
    const file = join(tmpdir(), `levain-test-template-${process.pid}-${randomBytes(4).toString('hex')}.tgz`);
    writeFileSync(file, Buffer.from(await copy.arrayBuffer()));
    process.env[TEMPLATE_FILE_ENV] = file;
    return async () => rmSync(file, { force: true });
  }
  const name = `levain_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), max: 1 });
  await applyMigrations(handle, coreMigrations);
  await handle.close();
  process.env[TEMPLATE_DATABASE_ENV] = name;
  return async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
}
