import { createDb, queryRows } from '@levain/db';
import { buildApp, installedPlugins, loadConfig } from '@levain/server';
import { hashPassword } from '@levain/server/seeding';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { BENCH_PASSWORD, type SeedSummary, seedBench } from './fill';
import type { ScaleName } from './scale';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/levain_bench';

export type BenchDatabaseOptions = {
  scale: ScaleName;
  /** Start again from an empty database when it already holds people. */
  reset?: boolean;
  /** DATABASE_URL; the default bench database (created when missing) when absent. */
  databaseUrl?: string;
  log?: (line: string) => void;
};

const quiet = { max: 1, onnotice: () => {} };

/** Creates the default bench database if missing, or drops and recreates it on reset. */
async function createDefaultDatabase(url: string, reset: boolean) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const admin = postgres(target.toString(), quiet);
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${name}`;
    if (found && reset) await admin.unsafe(`drop database "${name}" with (force)`);
    if (!found || reset) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Refuses a database that already holds people; on reset, empties it (schemas of the app and of its migrations). */
async function emptyDatabase(url: string, reset: boolean) {
  const client = postgres(url, quiet);
  try {
    const [{ migrated }] = await client<
      [{ migrated: boolean }]
    >`select to_regclass('public.users') is not null as migrated`;
    const [held] = migrated ? await client`select 1 from users limit 1` : [];
    if (held && !reset)
      throw new Error(
        `${new URL(url).pathname.slice(1)} already holds people: pass --reset to start again from an empty database`,
      );
    // The public schema comes back as PostgreSQL creates it in a new database.
    if (reset)
      await client.unsafe(`drop schema if exists bench_seed cascade; drop schema if exists drizzle cascade;
        drop schema public cascade; create schema public authorization pg_database_owner;
        comment on schema public is 'standard public schema'; grant usage on schema public to public;`);
  } finally {
    await client.end();
  }
}

/**
 * `pnpm bench:seed`: readies the database, applies the core's and the installed plugins'
 * migrations the way the server does (building the app), then seeds it.
 */
export async function seedBenchDatabase(options: BenchDatabaseOptions): Promise<
  SeedSummary & {
    databaseUrl: string;
    /** Seconds from the start, migrations included. */
    totalSeconds: number;
    databaseSize: string;
  }
> {
  const started = performance.now();
  const databaseUrl = options.databaseUrl || DEFAULT_BENCH_URL;
  if (!options.databaseUrl) await createDefaultDatabase(databaseUrl, !!options.reset);
  // A reset default database is new already; another one is emptied schema by schema.
  await emptyDatabase(databaseUrl, !!options.reset && !!options.databaseUrl);
  const handle = await createDb({ url: databaseUrl, max: 4 });
  try {
    // The test environment keeps the app's logs quiet: stdout carries the summary.
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' });
    const app = await buildApp({ config, plugins: installedPlugins(), handle });
    await app.close();
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const summary = await seedBench(handle, { scale: options.scale, passwordHash, log: options.log });
    const [size] = await queryRows<{ size: string }>(
      handle.db,
      sql`select pg_size_pretty(pg_database_size(current_database())) as size`,
    );
    const totalSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
    return { ...summary, databaseUrl, totalSeconds, databaseSize: size!.size };
  } finally {
    await handle.close();
  }
}
