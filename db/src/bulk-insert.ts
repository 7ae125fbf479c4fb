import { sql } from 'drizzle-orm';
import type { Tx } from './client';

/** Rows per statement: a few megabytes of JSON at most. */
const CHUNK = 5_000;

/**
 * Inserts many rows with one JSON parameter per statement (`jsonb_to_recordset`): thousands of
 * rows cost one round trip instead of thousands of bound parameters, which matters on PGlite.
 * `columns` maps each snake_case column to its SQL type; rows use the same keys. The parameter is
 * sent as text (postgres-js would otherwise encode a jsonb parameter string as a JSON string).
 */
export async function insertMany(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const types = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const json = JSON.stringify(rows.slice(start, start + CHUNK));
    await tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)})
      select ${sql.raw(names)} from jsonb_to_recordset(${json}::text::jsonb) as r(${sql.raw(types)})`);
  }
}
