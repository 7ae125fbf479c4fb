/**
 * `pnpm bench:cpu` (or `--only "home feed,post with comments" --requests 300`): the CPU one request
 * of an operation costs, the app's (in this process, without HTTP) and its PostgreSQL backends',
 * with a few requests in flight at a time. Unlike latency, CPU time barely depends on what else
 * runs on the machine: this is how to weigh a change on a busy one. `pnpm bench` measures the same
 * through HTTP under saturation (its "CPU ms per request" column).
 */
import { parseArgs } from 'node:util';
import { createDb } from '@levain/db';
import postgres from 'postgres';
import { inProcessApp } from './run/in-process';
import { pick } from './run/load';
import { operations } from './run/operations';
import { backendsCpuBetween, SERVER_APPLICATION_NAME, serverBackendsCpu } from './run/postgres-cpu';
import { drawViewers } from './run/workload';
import { searchWords } from './seed/summary';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'home feed,community feed' },
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
  },
});
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/levain_bench';
const sql = postgres(databaseUrl, {
  max: 2,
  onnotice: () => {},
  connection: { application_name: 'levain-bench' },
});
const sessions = await createDb({ url: databaseUrl, max: 2 });
// The app's connections carry the server's name, so their backends are the ones counted.
process.env.PGAPPNAME = SERVER_APPLICATION_NAME;
let statements = 0;
const app = await inProcessApp(databaseUrl, { max: 10, onQuery: () => statements++ });
const names = values.only.split(',');
const chosen = operations(searchWords, null).filter((op) => names.includes(op.name));
try {
  const viewers = await drawViewers(sql, sessions.db, 100);
  for (const op of chosen) {
    const send = async (count: number) => {
      let sent = 0;
      const worker = async () => {
        while (sent++ < count) await app.send(op, pick(viewers), pick);
      };
      await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
    };
    await send(Number(values.warmup));
    const count = Number(values.requests);
    statements = 0;
    const backendsBefore = await serverBackendsCpu(sql);
    const before = process.cpuUsage();
    await send(count);
    const used = process.cpuUsage(before);
    const backends = backendsCpuBetween(backendsBefore, await serverBackendsCpu(sql));
    const appMs = (used.user + used.system) / 1000 / count;
    const database = (backends.seconds * 1000) / count;
    console.log(
      `${op.name}: ${(appMs + database).toFixed(2)} ms of CPU per request (app ${appMs.toFixed(2)} + PostgreSQL ${database.toFixed(2)}), ${(statements / count).toFixed(2)} statements${backends.lost ? `, ${backends.lost} backends closed (not counted)` : ''}`,
    );
  }
} finally {
  await app.close();
  await sessions.close();
  await sql.end({ timeout: 5 });
}
process.exit(0);
