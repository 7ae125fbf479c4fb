import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubscriptionClient, SILENCE_MS } from '@levain/web/sse-client';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type ServerProcess, scratchDatabase, startServerProcess } from '../support/server-process';
import { ownRedis } from './redis-server';
import { CREATE_POST, communityWithMembers, gql, type Person, sleep, until } from './support';

const _repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const FEED = 'subscription { feedUpdated { post { body } } }';

let redis: Awaited<ReturnType<typeof ownRedis>>;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let dataDir: string;
let cluster: ServerProcess;
let output: string[] = [];
let origin: string;
let replicaPorts: number[];
let communityId: string;
let author: Person;
let reader: Person;

/** A port with the next `count` ports free too: `pnpm start:cluster` puts its replicas there. */
async function portWithNextFree(count: number): Promise<number> {
  for (;;) {
    const port = await freePort();
    const free = await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const probe = createServer();
        return new Promise<boolean>((resolve) => {
          probe.once('error', () => resolve(false));
          probe.listen(port + i + 1, '127.0.0.1', () => probe.close(() => resolve(true)));
        });
      }),
    );
    if (free.every(Boolean)) return port;
  }
}

/** The pid of the replica serving the client's event stream: the one whose Redis subscriber listens on a channel. */
async function replicaHoldingTheStream(): Promise<number | null> {
  const probe = new Redis(redis.url);
  const clients = String(await probe.client('LIST'));
  probe.disconnect();
  const listening = [...clients.matchAll(/name=levain-subscribe-(\d+) .*?\bsub=(\d+)/g)]
    .filter((m) => Number(m[2]) > 0)
    .map((m) => Number(m[1]));
  return listening.length === 1 ? listening[0]! : null;
}

/** The pid of the replica on `port`, as the cluster runner printed it last. */
function pidOf(port: number): number {
  const pattern = new RegExp(
    `replica http://127\\.0\\.0\\.1:${port}\\s+(?:\\(pid|is back \\(pid) (\\d+)\\)`,
    'g',
  );
  const found = [...output.join('').matchAll(pattern)];
  return Number(found.at(-1)![1]);
}

beforeAll(async () => {
  redis = await ownRedis();
  database = await scratchDatabase('levain_cluster');
  let people: Person[];
  ({ communityId, people } = await communityWithMembers({ url: database.url }, 2, 'cluster'));
  [author, reader] = people as [Person, Person];
  const port = await portWithNextFree(2);
  origin = `http://localhost:${port}`;
  replicaPorts = [port + 1, port + 2];
  dataDir = mkdtempSync(join(tmpdir(), 'levain-cluster-'));
  cluster = await startServerProcess(
    { PUBLIC_URL: origin, DATA_DIR: dataDir, DATABASE_URL: database.url, REDIS_URL: redis.url },
    { port, readyWithinMs: 90_000, command: ['app/src/cli/cluster.ts', '--replicas', '2'] },
  );
  output = cluster.output;
});
afterAll(async () => {
  for (const port of replicaPorts ?? []) {
    try {
      process.kill(pidOf(port), 'SIGCONT');
    } catch {
      // Not running (any more).
    }
  }
  await cluster?.stop();
  await database?.drop();
  await redis?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a replica of pnpm start:cluster lost under a live client', () => {
  const received: string[] = [];
  let unsubscribe = () => {};

  /** Posts through the proxy until the client hears about one post with `body` (each try has its own body). */
  const heard = (body: string, within: number) =>
    until(
      `a live update "${body}"`,
      async () => {
        const attempt = `${body} ${Date.now()}`;
        await gql(origin, CREATE_POST, { input: { communityId, body: attempt } }, author.cookie, {
          signal: AbortSignal.timeout(3_000),
        }).catch(() => null);
        await sleep(1_000);
        return received.some((r) => r.startsWith(body));
      },
      Boolean,
      within,
    );

  beforeAll(async () => {
    const client = createSubscriptionClient({
      url: `${origin}/graphql`,
      headers: { cookie: reader.cookie, origin },
    });
    unsubscribe = client.subscribe<{ feedUpdated: { post: { body: string } } }>(
      { query: FEED },
      {
        next: (result) => {
          if (result.data) received.push(result.data.feedUpdated.post.body);
        },
        error: () => {},
        complete: () => {},
      },
    );
    await heard('first', 30_000);
  });
  afterAll(() => unsubscribe());

  it('killed: the proxy ends the stream, the client reconnects to the other replica, the runner restarts it', async () => {
    const pid = (await until('the replica holding the stream', replicaHoldingTheStream, Boolean))!;
    const port = replicaPorts.find((p) => pidOf(p) === pid)!;
    process.kill(pid, 'SIGKILL');

    await heard('after the kill', 20_000);
    expect(await replicaHoldingTheStream()).not.toBe(pid);
    // The runner says it started it again on its port (a new process), and that process answers.
    // The replica can answer /readyz a moment before the runner prints its new pid: wait for both.
    await until(
      'the runner to start the killed replica again',
      async () => pidOf(port),
      (now) => now !== pid,
      60_000,
    );
    await until(
      'the restarted replica ready',
      () =>
        fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      60_000,
    );
  });

  it('frozen (no more pings, connection still open): the client notices the silence and reconnects', async () => {
    const pid = (await until('the replica holding the stream', replicaHoldingTheStream, Boolean))!;
    process.kill(pid, 'SIGSTOP');
    try {
      await heard('while frozen', SILENCE_MS + 20_000);
      expect(await replicaHoldingTheStream()).not.toBe(pid);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });
});
