import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listenOnRandomPort } from '@levain/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../src/cli/web-build';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'levain-start-'));
  temporary.push(dir);
  return dir;
}

/** A workspace with a web client and one plugin's web part, and a build that writes web/dist. */
async function workspace() {
  const dir = await tempDir();
  await mkdir(join(dir, 'web/src'), { recursive: true });
  await mkdir(join(dir, 'plugins/pulse/web'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{"levain":{"plugins":["@levain/plugin-pulse"]}}');
  await writeFile(join(dir, 'web/src/App.svelte'), '<h1>Levain</h1>');
  await writeFile(join(dir, 'plugins/pulse/web/index.ts'), 'export default {}');
  let builds = 0;
  const build = () => {
    builds++;
    mkdirSync(join(dir, 'web/dist'), { recursive: true });
    return true;
  };
  await mkdir(join(dir, 'web/dist'), { recursive: true });
  return { dir, build, builds: () => builds };
}

describe('pnpm start', () => {
  it('builds the web client only when its sources or a plugin’s web part changed', async () => {
    const { dir, build, builds } = await workspace();
    expect(ensureWebBuild(dir, build)).toBe(true);
    expect(builds()).toBe(1);

    expect(ensureWebBuild(dir, build)).toBe(true);
    expect(builds()).toBe(1);

    // A checkout that only touches modification times is not a change.
    await utimes(join(dir, 'web/src/App.svelte'), new Date(), new Date(Date.now() + 60_000));
    ensureWebBuild(dir, build);
    expect(builds()).toBe(1);

    await writeFile(join(dir, 'web/src/App.svelte'), '<h1>Levain 2</h1>');
    ensureWebBuild(dir, build);
    expect(builds()).toBe(2);

    await writeFile(join(dir, 'plugins/pulse/web/index.ts'), 'export default { id: "pulse" }');
    ensureWebBuild(dir, build);
    expect(builds()).toBe(3);

    // Without its build folder, the client is built again.
    await rm(join(dir, 'web/dist'), { recursive: true });
    ensureWebBuild(dir, build);
    expect(builds()).toBe(4);
  });

  it('does not record a failed build as current', async () => {
    const { dir, build, builds } = await workspace();
    expect(ensureWebBuild(dir, () => false)).toBe(false);
    ensureWebBuild(dir, build);
    expect(builds()).toBe(1);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops on %s with one calm line and exit code 0',
    async (signal) => {
      const { server, port } = await listenOnRandomPort();
      await new Promise((resolve) => server.close(resolve));
      const web = await tempDir();
      await writeFile(join(web, 'index.html'), '<!doctype html><title>Levain</title>');
      const child: ChildProcess = spawn('pnpm', ['start'], {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          DATA_DIR: await tempDir(),
          WEB_DIST: web,
          LEVAIN_SEED: 'none',
          DATABASE_URL: '',
          REDIS_URL: '',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const exited = once(child, 'exit');
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && child.exitCode === null) {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.ok) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      child.kill(signal);
      const [code] = await exited;
      expect(output).not.toMatch(/ELIFECYCLE|Command failed/);
      expect(output.trimEnd().split('\n').at(-1)).toBe('Levain stopped.');
      expect(code).toBe(0);
      // The server stopped with it, rather than staying behind without a parent.
      expect(await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null)).toBeNull();
    },
    90_000,
  );
});
