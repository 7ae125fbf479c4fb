import { pick } from './load';
import type { Operation } from './operations';
import type { ServerProcess } from './server-process';
import type { Viewer } from './workload';

/**
 * Sends an operation once for each of `samples` viewers, one at a time: every answer must be the
 * real thing (no error, not empty) before it is timed, and each one's Server-Timing header gives
 * the SQL statements it cost.
 */
export async function statementsPerRequest(
  server: ServerProcess,
  op: Operation,
  viewers: Viewer[],
  samples: number,
): Promise<{ min: number; max: number }> {
  const counts: number[] = [];
  for (let i = 0; i < samples; i++) {
    const viewer = pick(viewers);
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin, cookie: viewer.cookie },
      body: JSON.stringify(op.request(viewer, pick)),
    });
    const text = await response.text();
    const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (response.status !== 200 || answer.errors || !answer.data || !op.check(answer.data))
      throw new Error(`${op.name}: unexpected answer (HTTP ${response.status}): ${text.slice(0, 800)}`);
    const timing = response.headers.get('server-timing') ?? '';
    counts.push(Number(/sql;desc="(\d+) statements"/.exec(timing)?.[1] ?? Number.NaN));
  }
  return { min: Math.min(...counts), max: Math.max(...counts) };
}
