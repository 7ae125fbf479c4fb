/**
 * `pnpm bench`: drives the production server, in a process of its own, over HTTP with autocannon
 * against a database seeded by `pnpm bench:seed`, one operation after the other, and writes
 * bench/results/<date>.json and .md (and the README's table with --readme).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb } from '@levain/db';
import postgres from 'postgres';
import { sqlFloor } from './run/floor';
import { drive } from './run/load';
import { BENCH_MARK, notBuiltYet, operations } from './run/operations';
import { statementsPerRequest } from './run/preflight';
import { type BenchReport, machine, markdown, type OperationResult } from './run/report';
import { startServer } from './run/server-process';
import { initialJs } from './run/web-size';
import { drawViewers, hrViewers } from './run/workload';
import { searchWords } from './seed/summary';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    viewers: { type: 'string', default: '300' },
    only: { type: 'string' },
    readme: { type: 'boolean', default: false },
    results: { type: 'string' },
    profile: { type: 'string' },
  },
});
const settings = {
  seconds: Number(args.seconds),
  connections: Number(args.connections),
  viewers: Number(args.viewers),
};
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/levain_bench';
const benchDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = args.results ?? join(benchDir, 'results');
const say = (line: string) => process.stderr.write(`${line}\n`);

const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
const handle = await createDb({ url: databaseUrl, max: 4 });
const dataDir = mkdtempSync(join(tmpdir(), 'levain-bench-'));
const [{ version } = { version: '?' }] = await sql<
  { version: string }[]
>`select current_setting('server_version') as version`;
const [scale] = await sql<Record<string, number>[]>`select
  (select count(*)::int from users) as people, (select count(*)::int from communities) as communities,
  (select count(*)::int from posts) as posts, (select count(*)::int from comments) as comments,
  ((select count(*) from post_reactions) + (select count(*) from comment_reactions))::int as reactions`;
if (!scale?.posts) throw new Error(`no posts in ${databaseUrl}: run \`pnpm bench:seed --scale large\` first`);
say(
  `database: ${Object.entries(scale)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
);

const viewers = await drawViewers(sql, handle.db, settings.viewers);
const hr = await hrViewers(sql, handle.db);
say(`${viewers.length} viewers and ${hr.length} HR people signed in`);
const [pulse] = await sql<{ id: string }[]>`select id from pulse_campaigns order by opens_at desc limit 1`;
const server = await startServer(databaseUrl, dataDir, { cpuProfileDir: args.profile });
say(`server: ${server.origin} (pid ${server.child.pid})`);

// Words with too few posts at this scale could find nothing a viewer may read: search others.
const found = async (word: string) => {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from posts
    where search @@ (websearch_to_tsquery('levain_fr', ${word}) || websearch_to_tsquery('levain_en', ${word}))`;
  return (row?.n ?? 0) >= 50;
};
const words: Record<'fr' | 'en', Record<string, string[]>> = { fr: {}, en: {} };
for (const lang of ['fr', 'en'] as const)
  for (const [frequency, list] of Object.entries(searchWords[lang]))
    words[lang][frequency] = (await Promise.all(list.map(async (w) => ((await found(w)) ? w : null)))).filter(
      (w): w is string => w !== null,
    );

const results: OperationResult[] = [];
let peakRssMb = 0;
try {
  const chosen = operations(words, pulse?.id ?? null).filter(
    (op) => !args.only || args.only.split(',').includes(op.name),
  );
  for (const op of chosen) {
    const as = op.asHr ? hr : viewers;
    say(`\n${op.name}: checking answers and counting SQL statements…`);
    const statements = await statementsPerRequest(server, op, as, 20);
    say(`${op.name}: ${settings.connections} connections for ${settings.seconds} s…`);
    const load = await drive(server, sql, op, as, settings);
    peakRssMb = Math.max(peakRssMb, load.peakRssMb);
    say(
      `${op.name}: p50 ${load.p50} ms, p95 ${load.p95} ms, p99 ${load.p99} ms, ${load.requestsPerSecond} req/s, CPU ${load.cpuMsPerRequest.server} + ${load.cpuMsPerRequest.postgres} ms per request (server + PostgreSQL)`,
    );
    const result: OperationResult = {
      name: op.name,
      targetP95: op.targetP95,
      cpuMsPerRequest: load.cpuMsPerRequest.total,
      load,
      statements,
    };
    if (op.floor) {
      say(`${op.name}: the same SQL through postgres-js…`);
      result.floor = await sqlFloor(databaseUrl, op, viewers, { ...settings, samples: 50 });
      say(`${op.name}: SQL alone p50 ${result.floor.p50} ms, p95 ${result.floor.p95} ms`);
    }
    results.push(result);
  }
} finally {
  await server.stop();
  // What the run wrote must not fill the next run's feeds (reactions stay: they replace others).
  const removed = await sql`delete from posts where body like ${`%${BENCH_MARK}`}`;
  say(`removed the ${removed.count} posts the run wrote`);
  await sql.end({ timeout: 5 });
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
for (const missing of notBuiltYet) results.push({ ...missing, notRun: missing.reason });
if (!pulse)
  results.push({ name: 'HR pulse heatmap', targetP95: 300, notRun: 'no pulse answers: seed again' });

const web = initialJs();
const report: BenchReport = {
  date: new Date().toISOString().slice(0, 10),
  machine: machine(version),
  scale,
  settings,
  operations: results,
  server: { peakRssMb, targetRssMb: 400 },
  web: web === undefined ? undefined : { feedRouteInitialJsGzipKb: web, targetKb: 150 },
};
const table = markdown(report);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `${report.date}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(resultsDir, `${report.date}.md`), `${table}\n`);
console.log(`\n${table}\n`);
if (args.readme) {
  const readme = join(benchDir, '..', 'README.md');
  const text = readFileSync(readme, 'utf8');
  const updated = text.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
  );
  if (updated === text) say('README: no <!-- bench:start --> … <!-- bench:end --> markers, left as is');
  else writeFileSync(readme, updated);
}
process.exit(0);
