import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild } from './web-build';

/**
 * `pnpm start` (and `pnpm start:cluster` with `--cluster`): builds the web client when its sources
 * changed, then runs the server in a child process and stops with it. The package script `exec`s
 * this file, so a Ctrl-C or a SIGTERM reaches it and pnpm sees a clean exit rather than a signal
 * (pnpm reports a child killed by a signal as "ELIFECYCLE Command failed").
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const appDir = fileURLToPath(new URL('../../', import.meta.url));
const entry = process.argv.includes('--cluster') ? 'src/cli/cluster.ts' : 'src/main.ts';

// WEB_DIST names a client built elsewhere: serve it as it is.
if (!process.env.WEB_DIST && !ensureWebBuild(root)) process.exit(1);

// Its own process group: a Ctrl-C reaches the server once, through this process, not twice.
const child = spawn(
  process.execPath,
  [
    '--max-old-space-size=256',
    '--import',
    'tsx',
    entry,
    ...process.argv.slice(2).filter((a) => a !== '--cluster'),
  ],
  {
    cwd: appDir,
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' },
  },
);

/** A Ctrl-C arrives twice here (from the terminal and from pnpm): one stop is passed on. */
const REPEAT_MS = 1_000;
let stoppedAt = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    if (Date.now() - stoppedAt < REPEAT_MS) return;
    stoppedAt = Date.now();
    child.kill(signal);
  });

child.on('exit', (code, signal) => {
  if (stoppedAt && (code === 0 || signal)) {
    console.log('Levain stopped.');
    process.exit(0);
  }
  process.exit(code ?? 1);
});
