import { sql } from 'drizzle-orm';
import type { SeedContext } from './context';

/** Tables filled with hundreds of thousands of rows: their indexes are built once, after the load. */
const BULK_TABLES = [
  'posts',
  'comments',
  'post_reactions',
  'comment_reactions',
  'post_hashtags',
  'notifications',
  'announcement_acknowledgements',
  'community_memberships',
  'follows',
  'bookmarks',
  'poll_votes',
];

type Definition = { table: string; name: string; definition: string };

const runInTurns = async (jobs: Array<() => Promise<void>>, lanes: number) => {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }),
  );
};

/**
 * Drops every foreign key of the public schema and the keys and indexes of the bulk tables, as
 * the catalogue describes them, and returns what puts them back exactly as the migrations made
 * them. Putting them back checks every row: a key the seed got wrong fails the seed.
 */
export async function deferIndexes(ctx: SeedContext): Promise<() => Promise<number>> {
  const bulk = sql.raw(`array[${BULK_TABLES.map((t) => `'${t}'`).join(', ')}]`);
  const foreignKeys = await ctx.rows<Definition>(sql`
    select conrelid::regclass::text as table, quote_ident(conname) as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace order by conname`);
  const keys = await ctx.rows<Definition>(sql`
    select conrelid::regclass::text as table, quote_ident(conname) as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype in ('p', 'u') and conrelid::regclass::text = any(${bulk})`);
  const indexes = await ctx.rows<Definition>(sql`
    select i.indrelid::regclass::text as table, i.indexrelid::regclass::text as name,
      pg_get_indexdef(i.indexrelid) as definition
    from pg_index i where i.indrelid::regclass::text = any(${bulk}) and not exists (
      select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('p', 'u'))`);

  await ctx.exec(
    [
      ...foreignKeys.map((k) => `alter table ${k.table} drop constraint ${k.name};`),
      ...keys.map((k) => `alter table ${k.table} drop constraint ${k.name};`),
      ...indexes.map((i) => `drop index ${i.name};`),
    ].join('\n'),
  );

  return async () => {
    const perTable = BULK_TABLES.map((table) => [
      ...keys
        .filter((k) => k.table === table)
        .map((k) => `alter table ${table} add constraint ${k.name} ${k.definition};`),
      ...indexes.filter((i) => i.table === table).map((i) => `${i.definition};`),
    ]);
    // Two tables at a time: one per core; PostgreSQL adds its parallel workers to the B-tree builds.
    await runInTurns(
      perTable.filter((s) => s.length).map((statements) => () => ctx.exec(statements.join('\n'))),
      2,
    );
    // One after the other: foreign keys lock both tables, in orders that could otherwise cross.
    await ctx.exec(
      foreignKeys.map((k) => `alter table ${k.table} add constraint ${k.name} ${k.definition};`).join('\n'),
    );
    return keys.length + indexes.length + foreignKeys.length;
  };
}
