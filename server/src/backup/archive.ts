import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, openPglite } from '@levain/db';
import { sql } from 'drizzle-orm';
import { create, extract } from 'tar';
import type { Config } from '../config';
import { uploadsDir } from '../http/uploads';
import { copyFromRunningServer, serverRunsOn } from './live-copy';

/** What a backup holds, at the root of the archive. */
export type Manifest = {
  format: 1;
  createdAt: string;
  database: 'pglite' | 'postgresql';
  uploads: number;
};

const MANIFEST = 'levain-backup.json';
const PGLITE_COPY = 'database.tar.gz';
const POSTGRES_DUMP = 'database.dump';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr!.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${command} was not found: install PostgreSQL's client tools (the same version as the server, or newer).`,
            )
          : error,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed: ${errors.trim()}`)),
    );
  });
}

async function countFiles(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).length;
}

/**
 * Writes the database and the uploads as one archive at `out`. The database is copied first, in one
 * consistent state (pg_dump's snapshot; for PGlite, a copy taken by the server between statements, or
 * from the folder when no server runs), then the uploads: a file is never replaced in place, so every
 * file the copied database names is there.
 */
export async function writeBackup(config: Config, out: string): Promise<Manifest> {
  const staging = await mkdtemp(join(tmpdir(), 'levain-backup-'));
  try {
    if (config.databaseUrl)
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${join(staging, POSTGRES_DUMP)}`,
        config.databaseUrl,
      ]);
    else await writeFile(join(staging, PGLITE_COPY), await copyPglite(config));
    const uploads = uploadsDir(config);
    if (await stat(uploads).catch(() => null))
      await cp(uploads, join(staging, 'uploads'), { recursive: true });
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: config.databaseUrl ? 'postgresql' : 'pglite',
      uploads: await countFiles(join(staging, 'uploads')),
    };
    await writeFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    // Written aside, then renamed: an interrupted backup never leaves a file that looks complete.
    await create(
      { gzip: true, file: `${out}.partial`, cwd: staging, portable: true },
      await readdir(staging),
    );
    await rename(`${out}.partial`, out);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function copyPglite(config: Config): Promise<Buffer> {
  const fromServer = await copyFromRunningServer(config.dataDir);
  if (fromServer) return fromServer;
  const handle = await createDb({ dataDir: join(config.dataDir, 'pglite') });
  try {
    return Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer());
  } finally {
    await handle.close();
  }
}

/** Moves `path` aside (never deleted by a restore) and returns where to, or null when it did not exist. */
async function setAside(path: string, stamp: string): Promise<string | null> {
  if (!(await stat(path).catch(() => null))) return null;
  const aside = `${path}.before-restore-${stamp}`;
  await rename(path, aside);
  return aside;
}

export class RestoreRefused extends Error {}

/**
 * Restores an archive of `writeBackup` into the configured database and DATA_DIR/uploads. The server
 * must be stopped. PGlite's folder and the uploads in place are moved aside, not deleted; a PostgreSQL
 * database that already holds tables is replaced only with `force`.
 */
export async function restoreBackup(
  config: Config,
  archive: string,
  options: { force?: boolean } = {},
): Promise<{ manifest: Manifest; setAside: string[] }> {
  await mkdir(config.dataDir, { recursive: true });
  // Inside DATA_DIR: the uploads are then moved into place, not copied across file systems.
  const staging = await mkdtemp(join(config.dataDir, '.restore-'));
  try {
    await extract({ file: archive, cwd: staging, strict: true });
    const manifest = JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')) as Manifest;
    if (manifest.format !== 1) throw new RestoreRefused(`Unknown backup format ${manifest.format}.`);
    const target = config.databaseUrl ? 'postgresql' : 'pglite';
    if (manifest.database !== target)
      throw new RestoreRefused(
        manifest.database === 'pglite'
          ? 'This backup is of the embedded database: unset DATABASE_URL to restore it.'
          : 'This backup is of a PostgreSQL database: set DATABASE_URL to the database to restore it into.',
      );
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const asides: (string | null)[] = [];
    if (config.databaseUrl)
      await restorePostgres(config.databaseUrl, join(staging, POSTGRES_DUMP), options.force);
    else {
      if (await serverRunsOn(config.dataDir))
        throw new RestoreRefused('A server is running on this DATA_DIR: stop it before restoring.');
      const folder = join(config.dataDir, 'pglite');
      asides.push(await setAside(folder, stamp));
      const copy = new Blob([await readFile(join(staging, PGLITE_COPY))]);
      await (await openPglite(folder, copy)).close();
    }
    asides.push(await setAside(uploadsDir(config), stamp));
    await rename(join(staging, 'uploads'), uploadsDir(config)).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(uploadsDir(config), { recursive: true });
    });
    return { manifest, setAside: asides.filter((path): path is string => path !== null) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function restorePostgres(url: string, dump: string, force = false): Promise<void> {
  const handle = await createDb({ url, max: 1 });
  try {
    const [{ tables }] = (await handle.db.execute(
      sql`select count(*)::int as tables from information_schema.tables where table_schema = 'public'`,
    )) as unknown as [{ tables: number }];
    if (tables > 0 && !force)
      throw new RestoreRefused(
        `The database of DATABASE_URL already has ${tables} tables: restoring replaces everything in it. ` +
          'Run again with --force to do so, or point DATABASE_URL at an empty database.',
      );
  } finally {
    await handle.close();
  }
  await run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--clean',
    '--if-exists',
    '--single-transaction',
    `--dbname=${url}`,
    dump,
  ]);
}
