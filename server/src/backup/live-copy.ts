import { chmodSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { DbHandle } from '@levain/db';
import type { Logger } from 'pino';

/** A Unix socket in DATA_DIR: only someone who may read the data folder can ask for a copy of it. */
export const backupSocket = (dataDir: string) => join(dataDir, 'backup.sock');

/**
 * PGlite lives inside the server process, and a second process opening its files would corrupt them:
 * while the server runs, `pnpm db:backup` asks it for a copy of the database through this socket.
 */
export async function listenForBackups(handle: DbHandle, dataDir: string, logger: Logger) {
  const path = backupSocket(dataDir);
  // A socket file left by a server that was killed: nothing listens on it any more.
  rmSync(path, { force: true });
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' || req.url !== '/database' || !handle.dumpDataDir) {
      res.writeHead(404).end();
      return;
    }
    try {
      const copy = Buffer.from(await (await handle.dumpDataDir()).arrayBuffer());
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': copy.length }).end(copy);
      logger.info({ bytes: copy.length }, 'database copied for a backup');
    } catch (error) {
      logger.error({ err: error }, 'database copy for a backup failed');
      res.writeHead(500).end(String(error instanceof Error ? error.message : error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      chmodSync(path, 0o600);
      resolve();
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(path, { force: true });
      }),
  };
}

/** A copy of the database from the server running on `dataDir`, or null when none runs there. */
export function copyFromRunningServer(dataDir: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: backupSocket(dataDir), path: '/database' }, async (res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      if (res.statusCode === 200) resolve(body);
      else reject(new Error(`the running server could not copy its database: ${body.toString()}`));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(null);
      else reject(error);
    });
    req.end();
  });
}

/** True when a server is running on `dataDir` (its backup socket answers). */
export function serverRunsOn(dataDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(backupSocket(dataDir));
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
