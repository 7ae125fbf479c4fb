import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@levain/db';
import { like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { scratchDatabase, startServerProcess } from '../server-process';
import { CREATE_POST, communityWithMembers, gql, load, openStore, type Store, sleep } from './support';

/** The embedded PGlite of `pnpm start`, and PostgreSQL. */
const stores: {
  name: string;
  open(): Promise<{ store: Store; env: Record<string, string>; remove(): Promise<void> }>;
}[] = [
  {
    name: 'embedded PGlite',
    open: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'levain-kill-'));
      return {
        store: { dataDir },
        env: { DATA_DIR: dataDir, DATABASE_URL: '' },
        remove: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const database = await scratchDatabase('levain_kill');
      const dataDir = mkdtempSync(join(tmpdir(), 'levain-kill-'));
      return {
        store: { url: database.url },
        env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
        remove: async () => {
          await database.drop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];

describe.each(stores)('kill -9 under a write burst on $name', ({ open }) => {
  it('keeps every write it acknowledged, and starts again', async () => {
    const { store, env, remove } = await open();
    try {
      const { communityId, people } = await communityWithMembers(store, 2, 'kill');
      let server = await startServerProcess(env);
      let sending = true;
      const burst = load(
        12,
        () => sending,
        (key) =>
          gql(server.origin, CREATE_POST, { input: { communityId, body: `kill ${key}` } }, people[1]!.cookie),
      );
      await sleep(2_500);
      server.child.kill('SIGKILL');
      await server.exited;
      sending = false;
      const outcomes = await burst;

      server = await startServerProcess(env);
      await server.stop('SIGTERM');
      const handle = await openStore(store);
      const saved = new Set(
        (
          await handle.db
            .select({ body: schema.posts.body })
            .from(schema.posts)
            .where(like(schema.posts.body, 'kill %'))
        ).map((p) => p.body),
      );
      await handle.close();
      const acknowledged = outcomes.filter(
        (o) => o.status === 200 && o.body?.data?.createPost?.__typename === 'MutationCreatePostSuccess',
      );
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(acknowledged.filter((o) => !saved.has(`kill ${o.key}`))).toEqual([]);
    } finally {
      await remove();
    }
  });
});
