import type { Operation } from './operations';
import type { ServerProcess } from './server-process';
import type { Viewer } from './workload';

/**
 * Requests at a steady rate, each sent at its time whether or not the previous ones have answered
 * (as people's clicks arrive), so the latencies are those of a server that keeps up — autocannon's
 * rate limit sends each second's budget in one burst instead.
 */
export async function paced(
  server: ServerProcess,
  op: Operation,
  viewers: Viewer[],
  pick: <T>(items: readonly T[]) => T,
  options: { perSecond: number; seconds: number },
): Promise<{ latencies: number[]; failed: number; seconds: number }> {
  const latencies: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const send = async () => {
    const viewer = pick(viewers);
    const started = performance.now();
    try {
      const response = await fetch(`${server.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.origin, cookie: viewer.cookie },
        body: JSON.stringify(op.request(viewer, pick)),
      });
      const body = await response.text();
      latencies.push(performance.now() - started);
      if (response.status !== 200 || body.includes('"errors"') || body.includes('"code"')) failed++;
    } catch {
      failed++;
    }
  };
  const interval = 1000 / options.perSecond;
  const count = Math.round(options.perSecond * options.seconds);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send());
  }
  await Promise.all(pending);
  return { latencies, failed, seconds: (performance.now() - start) / 1000 };
}
