/**
 * `pnpm bench:seed --scale large|small [--reset]`: fills DATABASE_URL (default: the levain_bench
 * database on the local PostgreSQL, created when missing) with a company for the benchmark.
 * Step lines go to stderr; the last line on stdout is a JSON summary.
 */
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD, isScaleName, seedBenchDatabase } from './seed/index';

const { values: args } = parseArgs({
  options: { scale: { type: 'string', default: 'large' }, reset: { type: 'boolean', default: false } },
});
if (!isScaleName(args.scale)) {
  process.stderr.write(`--scale must be large or small, not "${args.scale}"\n`);
  process.exit(2);
}
const say = (line: string) => process.stderr.write(`${line}\n`);

try {
  const summary = await seedBenchDatabase({
    scale: args.scale,
    reset: args.reset,
    databaseUrl: process.env.DATABASE_URL,
    log: say,
  });
  const where = summary.databaseUrl.replace(/:[^:@/]*@/, ':***@');
  say(
    `\nSeeded ${where} at scale ${summary.scale}: ${summary.seconds} s of seeding, ${summary.totalSeconds} s in all.`,
  );
  say(`Database size: ${summary.databaseSize}.`);
  for (const [table, count] of Object.entries(summary.counts))
    say(`  ${table.padEnd(30)} ${count.toLocaleString('en').padStart(10)}`);
  say(`\nSign in with any person<N>@bench.example and the password ${BENCH_PASSWORD}, e.g.:`);
  for (const [who, email] of Object.entries(summary.signIns)) say(`  ${who.padEnd(12)} ${email}`);
  say('\nSearch words (posts found):');
  for (const [word, count] of Object.entries(summary.searchWords))
    say(`  ${word.padEnd(14)} ${count.toLocaleString('en')}`);
  const { scale, seconds, totalSeconds, databaseSize, counts, searchWords } = summary;
  console.log(JSON.stringify({ scale, seconds, totalSeconds, databaseSize, counts, searchWords }));
  process.exit(0);
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
