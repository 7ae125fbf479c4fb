import { cpus, totalmem } from 'node:os';
import type { FloorResult } from './floor';
import type { LoadResult } from './load';

export type OperationResult = {
  name: string;
  targetP95: number;
  /** CPU of the server and its PostgreSQL backends per request answered, in ms (details in `load`). */
  cpuMsPerRequest?: number;
  load?: LoadResult;
  statements?: { min: number; max: number };
  floor?: FloorResult;
  notRun?: string;
};

export type BenchReport = {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; postgres: string };
  scale: Record<string, number>;
  settings: { connections: number; seconds: number; viewers: number };
  operations: OperationResult[];
  server: { peakRssMb: number; targetRssMb: number };
  web?: { feedRouteInitialJsGzipKb: number; targetKb: number };
};

export function machine(postgresVersion: string): BenchReport['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: postgresVersion,
  };
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : `${n}`);

const columns: Array<{ title: string; align: 'left' | 'right' }> = [
  { title: 'operation', align: 'left' },
  { title: 'p50', align: 'right' },
  { title: 'p95', align: 'right' },
  { title: 'p99', align: 'right' },
  { title: 'target p95', align: 'right' },
  { title: 'met', align: 'left' },
  { title: 'req/s (saturated)', align: 'right' },
  { title: 'at half that rate: p50 / p95', align: 'right' },
  { title: 'SQL statements / request', align: 'right' },
  { title: 'CPU ms per request (server + PostgreSQL)', align: 'right' },
  { title: 'server CPU', align: 'right' },
  { title: 'peak RSS', align: 'right' },
  { title: 'same SQL through postgres-js, p50 (GraphQL ÷ SQL)', align: 'left' },
];

const cpu = (c: LoadResult['cpuMsPerRequest']) =>
  `${c.total.toFixed(1)} (${c.server.toFixed(1)} + ${c.postgres.toFixed(1)})`;

function cells(op: OperationResult): string[] {
  const target = `${op.targetP95}`;
  if (!op.load) return [op.name, '—', '—', '—', target, op.notRun ?? '', '', '', '', '', '', '', ''];
  const { load, statements, floor } = op;
  const met = load.failed ? `**no** (${load.failed} failed)` : load.p95 <= op.targetP95 ? 'yes' : '**no**';
  const sql = statements
    ? statements.min === statements.max
      ? `${statements.min}`
      : `${statements.min}–${statements.max}`
    : '—';
  const overhead = floor ? `${floor.p50} ms (×${(load.p50 / floor.p50).toFixed(1)})` : '';
  const half = `${load.atHalfRate.requestsPerSecond} req/s: ${load.atHalfRate.p50} / ${load.atHalfRate.p95}`;
  return [
    op.name,
    ms(load.p50),
    ms(load.p95),
    ms(load.p99),
    target,
    met,
    `${load.requestsPerSecond}`,
    half,
    sql,
    cpu(load.cpuMsPerRequest),
    `${load.cpuPercent}%`,
    `${load.peakRssMb} MB`,
    overhead,
  ];
}

/** A Markdown table padded the way the repository's formatter (Biome) writes it, so results commit as is. */
function table(rows: string[][]): string[] {
  const widths = columns.map((c, i) => Math.max(3, c.title.length, ...rows.map((r) => r[i]!.length)));
  const pad = (text: string, i: number) =>
    columns[i]!.align === 'right' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (texts: string[]) => `| ${texts.map(pad).join(' | ')} |`;
  const rule = columns.map((c, i) =>
    c.align === 'right' ? `${'-'.repeat(widths[i]! - 1)}:` : '-'.repeat(widths[i]!),
  );
  return [line(columns.map((c) => c.title)), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

export function markdown(report: BenchReport): string {
  const { machine: m, scale, settings } = report;
  const lines = [
    `Benchmark of ${report.date} on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres} on the same machine;`,
    `${Object.entries(scale)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(
        ', ',
      )}; ${settings.connections} connections, ${settings.seconds} s per operation, ${settings.viewers} viewers drawn at random. Latencies in ms.`,
    '',
    ...table(report.operations.map(cells)),
    '',
    `Server peak RSS: ${report.server.peakRssMb} MB (target ≤ ${report.server.targetRssMb} MB).`,
  ];
  if (report.web)
    lines.push(
      `Feed route initial JavaScript: ${report.web.feedRouteInitialJsGzipKb} KB gzipped (target ≤ ${report.web.targetKb} KB).`,
    );
  return lines.join('\n');
}
