import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, PLANNED_FOR_ITS_VALUES } from '../src/client';
import { queryRows } from '../src/sql';

/**
 * Planning the home feed cost as much as running it: statements are named prepared statements so
 * PostgreSQL can keep their plans, except those whose best plan depends on their values.
 */
const serverUrl = process.env.DATABASE_URL;
let handle: DbHandle;

const prepared = () =>
  queryRows<{ statement: string; generic: number; custom: number }>(
    handle.db,
    sql`select statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements`,
  );

describe.runIf(serverUrl)('statements on PostgreSQL', () => {
  beforeAll(async () => {
    // One connection, so every statement below runs in the session whose prepared statements we read.
    handle = await createDb({ url: serverUrl, max: 1 });
  });
  afterAll(() => handle?.close());

  it('are prepared once and then run on a kept plan', async () => {
    for (let i = 0; i < 8; i++)
      await queryRows(
        handle.db,
        sql`select ${i}::int + relpages as n from pg_class where relname = ${'pg_class'}`,
      );

    const rows = (await prepared()).filter((row) => row.statement.includes('relpages'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.generic + rows[0]!.custom).toBe(8);
    expect(rows[0]!.generic).toBeGreaterThan(0);
  });

  it('marked as planned for their values are planned each time, never kept', async () => {
    for (let i = 0; i < 3; i++)
      await queryRows(
        handle.db,
        sql`${sql.raw(PLANNED_FOR_ITS_VALUES)}select ${i}::int + relnatts as n from pg_class`,
      );

    expect((await prepared()).filter((row) => row.statement.includes('relnatts'))).toEqual([]);
  });
});
