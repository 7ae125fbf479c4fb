import postgres from 'postgres';
import { inProcessApp } from './in-process';
import { percentile, pick } from './load';
import type { Operation } from './operations';
import type { Viewer } from './workload';

type Statement = { sql: string; params: unknown[] };

export type FloorResult = { p50: number; p95: number; p99: number; requestsPerSecond: number };

/**
 * The floor under an operation: the very SQL statements the server sends for it (captured from an
 * in-process app on the same database, for `samples` viewers), replayed straight through
 * postgres-js by as many concurrent clients as the load test, with the server's pool size.
 */
export async function sqlFloor(
  databaseUrl: string,
  op: Operation,
  viewers: Viewer[],
  options: { connections: number; seconds: number; samples: number },
): Promise<FloorResult> {
  const requests = await captureStatements(databaseUrl, op, viewers, options.samples);
  // The server's pool size and session settings (see createDb).
  const client = postgres(databaseUrl, { max: 10, onnotice: () => {}, connection: { jit: 'off' } });
  try {
    const replay = async (seconds: number) => {
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      const worker = async () => {
        while (performance.now() < deadline) {
          const statements = pick(requests);
          const started = performance.now();
          for (const s of statements)
            await client.unsafe(s.sql, s.params as postgres.ParameterOrJSON<never>[]);
          latencies.push(performance.now() - started);
        }
      };
      await Promise.all(Array.from({ length: options.connections }, worker));
      return latencies.sort((a, b) => a - b);
    };
    await replay(Math.min(3, options.seconds));
    const latencies = await replay(options.seconds);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      requestsPerSecond: round(latencies.length / options.seconds),
    };
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function captureStatements(
  databaseUrl: string,
  op: Operation,
  viewers: Viewer[],
  samples: number,
) {
  let captured: Statement[] = [];
  const app = await inProcessApp(databaseUrl, {
    max: 2,
    onQuery: (sql, params) => captured.push({ sql, params }),
  });
  const requests: Statement[][] = [];
  try {
    for (let i = 0; i < samples; i++) {
      captured = [];
      await app.send(op, pick(viewers), pick);
      // The once-a-minute session refresh is not part of the operation.
      requests.push(captured.filter((s) => !/^update "sessions"/i.test(s.sql)));
    }
  } finally {
    await app.close();
  }
  return requests;
}
