import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { processCpuSeconds, SERVER_APPLICATION_NAME } from './postgres-cpu';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type ServerProcess = {
  origin: string;
  child: ChildProcess;
  /** Seconds of CPU (user + system) the process has used so far. */
  cpuSeconds(): number;
  /** Resident memory now, in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The production server, as `pnpm start` runs it (NODE_ENV=production, request logs on), in a
 * process of its own so the load generator's CPU is not counted as the server's. With a profile
 * folder, V8 writes the server's CPU profile there when it stops (open it in Chrome's dev tools).
 */
export async function startServer(
  databaseUrl: string,
  dataDir: string,
  options: { cpuProfileDir?: string } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'app/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: origin,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LEVAIN_SEED: 'none',
      SERVER_TIMING: '1',
      // Its PostgreSQL backends carry this name, so their CPU is counted as the server's requests'.
      PGAPPNAME: SERVER_APPLICATION_NAME,
      // As app/package.json's start script: a 256 MB heap keeps a busy server under 400 MB.
      NODE_OPTIONS: '--max-old-space-size=256',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: string[] = [];
  child.stderr?.on('data', (chunk) => errors.push(String(chunk)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = await fetch(`${origin}/readyz`).catch(() => null);
    if (ready?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (child.exitCode !== null || Date.now() >= deadline)
    throw new Error(`the server did not start:\n${errors.join('')}`);

  const proc = (file: string) => readFileSync(`/proc/${child.pid}/${file}`, 'utf8');
  return {
    origin,
    child,
    cpuSeconds: () => processCpuSeconds(child.pid!) ?? Number.NaN,
    rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(proc('status'))?.[1] ?? 0) * 1024,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
