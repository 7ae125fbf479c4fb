import type { Db } from '@levain/db';
import { sql } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Distinct operation names kept as labels; past this, "other" (names come from clients). */
const MAX_OPERATION_NAMES = 300;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The Prometheus metrics of one app (one registry each, so tests can build several apps in a
 * process). Counters and histograms are updated as requests run; database and job figures are read
 * when Prometheus scrapes, in one statement.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly graphqlDuration = new Histogram({
    name: 'levain_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'levain_graphql_errors_total',
    help: 'Errors in GraphQL answers, by code (UNAUTHENTICATED, NOT_ALLOWED, INTERNAL_SERVER_ERROR…).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly webhookDeliveries = new Counter({
    name: 'levain_webhook_deliveries_total',
    help: 'Attempts to deliver a webhook event, by outcome (succeeded: a 2xx answer; failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  constructor(db: Db, openStreams: () => number) {
    new Gauge({
      name: 'levain_sse_connections',
      help: 'Server-sent event streams (subscriptions) open on this process.',
      registers: [this.registry],
      collect() {
        this.set(openStreams());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'levain_' });
    // One statement fills the three gauges below; the first gauge Prometheus collects starts it.
    let figures: Promise<Figures | null> | null = null;
    const read = () => {
      figures ??= readDatabaseFigures(db).catch(() => null);
      return figures;
    };
    const done = () => {
      figures = null;
    };
    new Gauge({
      name: 'levain_db_connections',
      help: 'Connections to the database, all replicas included, by state (pg_stat_activity).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const found = await read();
        this.reset();
        for (const [state, count] of Object.entries(found?.connections ?? {})) this.set({ state }, count);
      },
    });
    new Gauge({
      name: 'levain_db_probe_duration_seconds',
      help: 'Round trip of the statement that reads the database and job figures, at the scrape.',
      registers: [this.registry],
      async collect() {
        const found = await read();
        if (found) this.set(found.seconds);
      },
    });
    new Gauge({
      name: 'levain_jobs',
      help: 'Jobs in the queue by status: pending (the depth), running, failed (out of retries).',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const found = await read();
        done();
        for (const status of ['pending', 'running', 'failed']) this.set({ status }, found?.jobs[status] ?? 0);
      },
    });
  }

  /** The operation label: the name a client gave, within a bounded set of names. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

type Figures = { seconds: number; connections: Record<string, number>; jobs: Record<string, number> };

async function readDatabaseFigures(db: Db): Promise<Figures> {
  const started = performance.now();
  const rows = await db.execute<{ kind: string; key: string; count: number }>(sql`
    select 'connection' as kind, coalesce(state, 'unknown') as key, count(*)::int as count
      from pg_stat_activity where datname = current_database() group by 2
    union all
    select 'job', status, count(*)::int from jobs where status in ('pending', 'running', 'failed') group by 2`);
  const seconds = (performance.now() - started) / 1000;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
    kind: string;
    key: string;
    count: number;
  }[];
  const pick = (kind: string) =>
    Object.fromEntries(list.filter((r) => r.kind === kind).map((r) => [r.key, Number(r.count)]));
  return { seconds, connections: pick('connection'), jobs: pick('job') };
}
