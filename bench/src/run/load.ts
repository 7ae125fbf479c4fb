import autocannon from 'autocannon';
import type { Sql } from 'postgres';
import type { Operation } from './operations';
import { paced } from './paced';
import { backendsCpuBetween, serverBackendsCpu } from './postgres-cpu';
import type { ServerProcess } from './server-process';
import type { Viewer } from './workload';

export type Latencies = { p50: number; p95: number; p99: number };

export type LoadResult = {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not HTTP 200 or carried GraphQL errors. */
  failed: number;
  /** Server CPU over the run, in % of one core. */
  cpuPercent: number;
  /**
   * CPU per request answered in the saturated run, in ms: the server process's, its PostgreSQL
   * backends', and their sum (`total`).
   */
  cpuMsPerRequest: { server: number; postgres: number; total: number };
  peakRssMb: number;
  /** Latencies when requests arrive at half the rate the server sustained above (not saturated). */
  atHalfRate: Latencies & { requestsPerSecond: number };
};

export const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (n: number) => Math.round(n * 10) / 10;

function run(server: ServerProcess, op: Operation, viewers: Viewer[], connections: number, seconds: number) {
  const latencies: number[] = [];
  let failed = 0;
  return new Promise<{ latencies: number[]; failed: number; seconds: number }>((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: `${server.origin}/graphql`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const viewer = pick(viewers);
              return {
                ...request,
                headers: { 'content-type': 'application/json', origin: server.origin, cookie: viewer.cookie },
                body: JSON.stringify(op.request(viewer, pick)),
              };
            },
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"') || body.includes('"code"')) failed++;
            },
          },
        ],
      },
      (error) => {
        if (error) reject(error);
        else resolve({ latencies, failed, seconds: (performance.now() - started) / 1000 });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const latencies = (sorted: number[]): Latencies => ({
  p50: round(percentile(sorted, 50)),
  p95: round(percentile(sorted, 95)),
  p99: round(percentile(sorted, 99)),
});

/**
 * Warms the server up, then drives one operation with `connections` clients sending requests back
 * to back: the server is saturated and latency is mostly waiting in line (Little's law: latency ≈
 * connections ÷ throughput). Then requests arrive steadily at half the throughput reached, to
 * show the latency of a server that keeps up.
 */
export async function drive(
  server: ServerProcess,
  sql: Sql,
  op: Operation,
  viewers: Viewer[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  await run(server, op, viewers, options.connections, Math.min(3, options.seconds));
  const backendsBefore = await serverBackendsCpu(sql);
  const cpuBefore = server.cpuSeconds();
  let peakRss = server.rssBytes();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, server.rssBytes());
  }, 100);
  const {
    latencies: times,
    failed,
    seconds,
  } = await run(server, op, viewers, options.connections, options.seconds);
  const cpuSeconds = server.cpuSeconds() - cpuBefore;
  const backends = backendsCpuBetween(backendsBefore, await serverBackendsCpu(sql));
  if (backends.lost)
    process.stderr.write(
      `${op.name}: ${backends.lost} PostgreSQL backends closed during the run (CPU not counted)\n`,
    );
  const sorted = times.sort((a, b) => a - b);
  const perRequest = (seconds: number) => Math.round((seconds * 1000 * 100) / sorted.length) / 100;
  const requestsPerSecond = round(sorted.length / seconds);
  const halfRate = Math.max(1, Math.floor(requestsPerSecond / 2));
  const half = await paced(server, op, viewers, pick, { perSecond: halfRate, seconds: options.seconds });
  clearInterval(sampler);
  return {
    requests: sorted.length,
    requestsPerSecond,
    ...latencies(sorted),
    failed: failed + half.failed,
    cpuPercent: Math.round((cpuSeconds / seconds) * 100),
    cpuMsPerRequest: {
      server: perRequest(cpuSeconds),
      postgres: perRequest(backends.seconds),
      total: perRequest(cpuSeconds + backends.seconds),
    },
    peakRssMb: Math.round(peakRss / 2 ** 20),
    atHalfRate: {
      requestsPerSecond: round(half.latencies.length / half.seconds),
      ...latencies(half.latencies.sort((a, b) => a - b)),
    },
  };
}
