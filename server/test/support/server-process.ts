import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createDb } from '@levain/db';
import { listenOnRandomPort } from './real-http';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** The PostgreSQL server tests create their databases on (DATABASE_URL, or the local one). */
export const postgresServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function freePort(): Promise<number> {
  const { server, port } = await listenOnRandomPort();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A database of its own on the PostgreSQL server, dropped by `drop()`. */
export async function scratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ url: postgresServerUrl, max: 1 });
  await admin.exec(`create database "${name}"`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.exec(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}

export type ServerProcess = {
  origin: string;
  port: number;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr. */
  output: string[];
  /** Resolves with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * The real server (`app/src/main.ts`, or another entry point such as the cluster runner) in a
 * process of its own, as production runs it, resolved once its /readyz answers. `env` adds to the
 * test's environment (DATABASE_URL, DATA_DIR, …).
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { port?: number; readyWithinMs?: number; command?: string[] } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const command = options.command ?? ['app/src/main.ts'];
  const child = spawn(process.execPath, ['--import', 'tsx', ...command], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      LEVAIN_SEED: 'none',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk) => output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => output.push(String(chunk)));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const server: ServerProcess = {
    origin: `http://localhost:${port}`,
    port,
    child,
    output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  const deadline = Date.now() + (options.readyWithinMs ?? 60_000);
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${server.origin}/readyz`).catch(() => null);
    if (ready?.ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.stop('SIGKILL');
  throw new Error(`the server on ${server.origin} did not become ready:\n${output.join('')}`);
}
