import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
/** Migrations are done before replicas start: this is the time to load the code and connect. */
const READY_WITHIN_MS = 60_000;

export type ReplicaProcess = { url: URL; child: ChildProcess; stop(): Promise<void> };

/**
 * Starts the server (`main.ts`) in a child process with this environment, its logs prefixed with its
 * port, and resolves once its /readyz answers.
 */
export async function startReplica(env: NodeJS.ProcessEnv): Promise<ReplicaProcess> {
  const url = new URL(`http://127.0.0.1:${env.PORT}`);
  // The same Node flags as this process: the TypeScript loader (tsx) comes with them.
  const child = spawn(process.execPath, [...process.execArgv, main], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  // Only its logs (JSON lines): its start-up banner would repeat the cluster's.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('{')) console.log(`[${env.PORT}] ${line}`);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => console.error(`[${env.PORT}] ${line}`));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + READY_WITHIN_MS;
  while (child.exitCode === null && Date.now() < deadline) {
    const ready = await fetch(new URL('/readyz', url)).catch(() => null);
    if (ready?.ok) return { url, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The replica on port ${env.PORT} did not start: see its output above.`);
}
