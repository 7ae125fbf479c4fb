import { readFileSync } from 'node:fs';
import type { Sql } from 'postgres';

/** postgres-js names its connections after PGAPPNAME: the server's backends are told apart by it. */
export const SERVER_APPLICATION_NAME = 'levain-bench-server';

const CLOCK_TICKS_PER_SECOND = 100;

/** Seconds of CPU (user + system) a process has used, from /proc (null once it has exited). */
export function processCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

export type BackendCpu = Map<number, number>;

/**
 * The CPU seconds of each PostgreSQL backend serving the benchmark's server (and of their parallel
 * workers), read from /proc: PostgreSQL runs on the same machine. Other databases' backends, the
 * benchmark's own connections and PostgreSQL's background processes are not counted.
 */
export async function serverBackendsCpu(sql: Sql): Promise<BackendCpu> {
  const rows = await sql<{ pid: number }[]>`
    select a.pid from pg_stat_activity a
    where a.application_name = ${SERVER_APPLICATION_NAME}
       or a.leader_pid in (select pid from pg_stat_activity where application_name = ${SERVER_APPLICATION_NAME})`;
  const cpu: BackendCpu = new Map();
  for (const { pid } of rows) {
    const seconds = processCpuSeconds(pid);
    if (seconds !== null) cpu.set(pid, seconds);
  }
  return cpu;
}

/**
 * CPU the server's backends used between two readings: a backend opened in between counts whole
 * (all its CPU is in the interval). One closed in between is lost, and said so, as are short-lived
 * parallel workers (the feeds' plans use none).
 */
export function backendsCpuBetween(before: BackendCpu, after: BackendCpu): { seconds: number; lost: number } {
  let seconds = 0;
  for (const [pid, now] of after) seconds += now - (before.get(pid) ?? 0);
  const lost = [...before.keys()].filter((pid) => !after.has(pid)).length;
  return { seconds, lost };
}
