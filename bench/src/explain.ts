/**
 * `pnpm bench:explain "home feed"` (or `"search (French)" --word charte`): the SQL statements one operation sends for a random viewer,
 * each with its EXPLAIN (ANALYZE, BUFFERS) plan — where to look when a target is missed.
 */
import { parseArgs } from 'node:util';
import { createDb } from '@levain/db';
import postgres from 'postgres';
import { captureStatements } from './run/floor';
import { operations } from './run/operations';
import { drawViewers, hrViewers } from './run/workload';
import { searchWords } from './seed/summary';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { word: { type: 'string' } } });
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/levain_bench';
const sql = postgres(databaseUrl, { max: 2, onnotice: () => {}, connection: { jit: 'off' } });
const handle = await createDb({ url: databaseUrl, max: 2 });
const [pulse] = await sql<{ id: string }[]>`select id from pulse_campaigns order by opens_at desc limit 1`;
// --word: search for that word instead of the seed's.
const all = operations(
  values.word ? { fr: { word: [values.word] }, en: { word: [values.word] } } : searchWords,
  pulse?.id ?? null,
);
const op = all.find((o) => o.name === positionals[0]);
if (!op) throw new Error(`name one operation: ${all.map((o) => `"${o.name}"`).join(', ')}`);

try {
  const viewers = op.asHr ? await hrViewers(sql, handle.db) : await drawViewers(sql, handle.db, 5);
  const [statements = []] = await captureStatements(databaseUrl, op, viewers, 1);
  for (const s of statements) {
    const plan = await sql.unsafe(`explain (analyze, buffers) ${s.sql}`, s.params as never[]);
    console.log(`\n${s.sql}\n-- params: ${JSON.stringify(s.params).slice(0, 300)}`);
    for (const line of plan) console.log(line['QUERY PLAN']);
  }
} finally {
  await sql.end({ timeout: 5 });
  await handle.close();
}
