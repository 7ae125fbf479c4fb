import { type Db, type DbHandle, insertMany, queryRows } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import type { Scale } from './scale';

/** Sorts, hashes and index builds in memory; nothing waits for the disk at commit. */
const BULK_SETTINGS =
  "set work_mem = '256MB'; set maintenance_work_mem = '1GB'; set synchronous_commit = off;";

/** What every step of the seed gets: the scale, one "now", and ways to send SQL. */
export type SeedContext = {
  scale: Scale;
  /** For steps that reuse the app's own code (the pulse results engine). */
  db: Db;
  now: Date;
  /** `now` as a SQL literal, so every statement agrees on it. */
  at: string;
  /** Runs SQL text (several statements allowed) on one connection. */
  exec(text: string): Promise<void>;
  /** Runs several texts at once, each on its own connection (one after the other on PGlite). */
  parallel(texts: string[]): Promise<void>;
  rows<T>(query: SQL): Promise<T[]>;
  /** Rows of a table (or of any `from` clause the seed writes). */
  count(from: string): Promise<number>;
  /** Inserts rows computed in JavaScript with one statement per few thousand rows (jsonb_to_recordset). */
  insertJson(
    table: string,
    columns: Record<string, string>,
    rows: ReadonlyArray<Record<string, unknown>>,
  ): Promise<number>;
};

export function seedContext(handle: DbHandle, scale: Scale, now: Date): SeedContext {
  const settings = handle.kind === 'postgres' ? BULK_SETTINGS : '';
  const exec = (text: string) => handle.exec(`${settings}${text}`);
  const rows = <T>(query: SQL) => queryRows<T>(handle.db, query);
  return {
    scale,
    db: handle.db,
    now,
    at: `'${now.toISOString()}'::timestamptz`,
    exec,
    parallel: async (texts) => {
      await Promise.all(texts.map(exec));
    },
    rows,
    count: async (from) => {
      const [row] = await rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${from}`));
      return row!.n;
    },
    insertJson: async (table, columns, values) => {
      await handle.db.transaction((tx) => insertMany(tx, table, columns, values));
      return values.length;
    },
  };
}
