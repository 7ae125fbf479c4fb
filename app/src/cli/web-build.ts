import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the web build reads: the client, each plugin's web part, the plugin list and the lockfile. */
function inputs(root: string): string[] {
  const plugins = existsSync(join(root, 'plugins'))
    ? readdirSync(join(root, 'plugins')).flatMap((id) => [`plugins/${id}/web`, `plugins/${id}/package.json`])
    : [];
  return ['web', 'package.json', 'pnpm-lock.yaml', ...plugins];
}

/** Folders the build writes or that are not its sources. */
const SKIPPED = new Set(['node_modules', 'dist', 'e2e', '.vite']);

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => files(root, join(path, name)));
}

/**
 * A hash of the build's inputs, by content: a checkout that only touches modification times does
 * not rebuild, a changed source always does (about 40 ms for the ~200 files here).
 */
export function webSourcesFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const path of inputs(root)
    .flatMap((input) => files(root, input))
    .sort()) {
    hash.update(relative(root, join(root, path)));
    hash.update('\0');
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Kept in the build's own folder: deleting web/dist forces a build. */
const STAMP = '.levain-sources';

/**
 * Builds the web client only when its sources changed since the build in `web/dist`; says which.
 * Returns false when the build failed.
 */
export function ensureWebBuild(
  root: string,
  build: () => boolean = () =>
    spawnSync('pnpm', ['--filter', '@levain/web', 'build'], { cwd: root, stdio: 'inherit' }).status === 0,
): boolean {
  const stamp = join(root, 'web', 'dist', STAMP);
  const before = webSourcesFingerprint(root);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === before) {
    console.log('Web client unchanged since its last build: serving web/dist.');
    return true;
  }
  console.log('Building the web client (its sources changed since the last build)…');
  if (!build()) return false;
  // Read again: the build itself keeps a generated declaration of the installed plugins in step.
  writeFileSync(stamp, webSourcesFingerprint(root));
  return true;
}
