import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbHandle } from '@levain/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/server-process';
import { CREATE_POST, communityWithMembers, engines, gql, openStore, sleep } from './support';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** `pnpm db:backup` / `pnpm db:restore` as an operator runs them, with the server's environment. */
function cli(command: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `server/src/cli/${command}.ts`, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Every table's rows, hashed. The job worker's own recurring rows are left out: it adds and finishes
 * one per period while the server runs, after the backup as before it.
 */
async function tables(handle: DbHandle): Promise<Record<string, string>> {
  const names = (await handle.db.execute(
    sql`select table_schema || '.' || table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
        order by 1`,
  )) as unknown as { name: string }[] | { rows: { name: string }[] };
  const list = Array.isArray(names) ? names : names.rows;
  const hashes: Record<string, string> = {};
  for (const { name } of list) {
    const [schemaName, table] = name.split('.');
    const only =
      name === 'public.jobs' ? sql`where t.unique_key is null or t.unique_key not like '%@%'` : sql``;
    const result = (await handle.db.execute(
      sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
          from ${sql.identifier(schemaName!)}.${sql.identifier(table!)} t ${only}`,
    )) as unknown as { n: number; h: string }[] | { rows: { n: number; h: string }[] };
    const [row] = Array.isArray(result) ? result : result.rows;
    hashes[name] = `${row!.n} rows ${row!.h}`;
  }
  return hashes;
}

async function files(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      hashes[path.slice(folder.length)] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
    }
  return hashes;
}

describe.each(engines)('pnpm db:backup and db:restore on $name', ({ place }) => {
  it('round-trips every table and every uploaded file, the backup taken while the server runs', async () => {
    const original = await place();
    const restored = await place();
    const archive = join(original.dataDir, '..', `${original.dataDir.split('/').pop()}.tar.gz`);
    try {
      const { communityId, people } = await communityWithMembers(original.store, 3, 'backup');
      let server = await startServerProcess(original.env);
      const form = new FormData();
      form.append('file', new Blob(['Ordre du jour du comité.']), 'ordre-du-jour.txt');
      const upload = (await (
        await fetch(`${server.origin}/api/attachments`, {
          method: 'POST',
          headers: { origin: server.origin, cookie: people[0]!.cookie, 'x-levain-csrf': '1' },
          body: form,
        })
      ).json()) as { id: string; url: string };
      for (let i = 0; i < 10; i++)
        await gql(
          server.origin,
          CREATE_POST,
          { input: { communityId, body: `Note ${i}`, ...(i === 0 && { attachmentIds: [upload.id] }) } },
          people[0]!.cookie,
        );
      await gql(server.origin, '{ feed(first: 20) { edges { node { id } } } }', {}, people[1]!.cookie);
      // Impressions are written every 5 s: let them land before the copy.
      await sleep(6_000);

      const backup = await cli('backup', [archive], original.env);
      expect(backup).toMatchObject({ code: 0 });
      expect(backup.output).toContain('and 1 uploaded files');
      // The server kept serving.
      expect(server.child.exitCode).toBeNull();
      await server.stop();

      const before = await openStore(original.store);
      const expectedTables = await tables(before);
      await before.close();
      const expectedFiles = await files(join(original.dataDir, 'uploads'));

      const restore = await cli('restore', [archive], restored.env);
      expect(restore).toMatchObject({ code: 0 });
      const after = await openStore(restored.store);
      expect(await tables(after)).toEqual(expectedTables);
      await after.close();
      expect(await files(join(restored.dataDir, 'uploads'))).toEqual(expectedFiles);
      expect(Object.keys(expectedFiles)).toHaveLength(1);

      // A server on the restored copy serves the attachment as it was.
      server = await startServerProcess(restored.env);
      const attachment = await fetch(`${server.origin}${upload.url}`, {
        headers: { cookie: people[0]!.cookie },
      });
      expect(await attachment.text()).toBe('Ordre du jour du comité.');
      // Restoring over a database in use, or not empty, is refused: nothing is lost by mistake.
      const again = await cli('restore', [archive], restored.env);
      expect(again.code).toBe(1);
      expect(again.output).toMatch(
        /Nothing restored: (A server is running|The database of DATABASE_URL already has)/,
      );
      await server.stop();
    } finally {
      rmSync(archive, { force: true });
      await original.remove();
      await restored.remove();
    }
  });
});
