import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../src/client';
import { applyMigrations, coreMigrations } from '../src/migrate';

/** Several processes migrating one database at once: what replicas starting together do. */
const serverUrl = process.env.DATABASE_URL;
const databaseName = `levain_migrate_${randomBytes(4).toString('hex')}`;
let admin: postgres.Sql;
let database: postgres.Sql;
const processes: DbHandle[] = [];

describe.runIf(serverUrl)('migrations on PostgreSQL', () => {
  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${databaseName}"`);
    const url = new URL(serverUrl!);
    url.pathname = `/${databaseName}`;
    database = postgres(url.toString(), { max: 1 });
    for (let i = 0; i < 3; i++) processes.push(await createDb({ url: url.toString(), max: 2 }));
  });
  afterAll(async () => {
    for (const handle of processes) await handle.close();
    await database?.end();
    await admin?.unsafe(`drop database if exists "${databaseName}" with (force)`);
    await admin?.end();
  });

  it('applied by three processes at once on an empty database: each succeeds, each migration runs once', async () => {
    const results = await Promise.allSettled(
      processes.map((handle) => applyMigrations(handle, coreMigrations)),
    );

    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const applied = await database<
      { name: string }[]
    >`select name from drizzle.__migrations_core order by id`;
    expect(applied.map((row) => row.name)).toEqual(readdirSync(coreMigrations.migrationsFolder).sort());
  });
});
