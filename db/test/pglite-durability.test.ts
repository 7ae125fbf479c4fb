import fs, { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../src/client';

let dataDir: string;
let handle: DbHandle;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'levain-durable-'));
  handle = await createDb({ dataDir });
  await handle.exec('create table notes (body text)');
}, 60_000);
afterAll(async () => {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded database on disk', () => {
  it('has each commit written to the disk (fsync) before it is acknowledged', async () => {
    const fsync = fs.fsyncSync;
    let synced = 0;
    fs.fsyncSync = (fd) => {
      synced += 1;
      fsync(fd);
    };
    try {
      for (let i = 0; i < 10; i++)
        await handle.db.execute(sql`insert into notes (body) values (${`note ${i}`})`);
    } finally {
      fs.fsyncSync = fsync;
    }
    expect(synced).toBeGreaterThanOrEqual(10);
  });
});
