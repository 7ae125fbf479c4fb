import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Tx } from '@levain/db';
import { Redis } from 'ioredis';
import { EventStream } from './event-stream';
import { freePort, type ServerProcess, scratchDatabase, startServerProcess } from './server-process';

/**
 * Real server processes (`app/src/main.ts`) sharing one PostgreSQL database — PGlite cannot be
 * shared between processes, so this always uses the server of DATABASE_URL (a database of its own,
 * dropped at the end) — and, when asked, one Redis. They trust the load balancer on loopback, and
 * requests come from a client address of this cluster's own: rate limits counted in a shared Redis
 * by earlier runs do not reach it.
 */
export type Replica = ServerProcess;

export async function startReplicas(options: { count: number; redisUrl?: string }) {
  const database = await scratchDatabase('levain_replicas');
  const dataDir = mkdtempSync(join(tmpdir(), 'levain-replicas-'));
  // The replicas sit behind one public origin, as behind a load balancer.
  const publicUrl = `http://localhost:${await freePort()}`;
  const replicas: Replica[] = [];
  const clientIp = `10.${[...randomBytes(3)].join('.')}`;
  const redis = options.redisUrl ? new Redis(options.redisUrl).on('error', () => undefined) : null;
  /** How many server connections listen on a Redis channel (a pubsub topic). */
  const listeners = async (channel: string) =>
    Number(((await redis!.pubsub('NUMSUB', channel)) as [string, number])[1]);

  const start = async (): Promise<Replica> => {
    const port = await freePort();
    const server = await startServerProcess(
      {
        PUBLIC_URL: publicUrl,
        TRUST_PROXY: 'loopback',
        DATA_DIR: join(dataDir, String(port)),
        DATABASE_URL: database.url,
        REDIS_URL: options.redisUrl ?? '',
      },
      { port, readyWithinMs: 40_000 },
    );
    replicas.push(server);
    return server;
  };
  const stop = async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    redis?.disconnect();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Together, as a deployment starts them: the migrations take turns under their lock.
  await Promise.all(Array.from({ length: options.count }, start)).catch(async (error) => {
    await stop();
    throw error;
  });

  const post = (replica: Replica, query: string, variables: object, headers: Record<string, string>) =>
    fetch(`${replica.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: publicUrl,
        'x-forwarded-for': clientIp,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });

  return {
    replicas,
    publicUrl,
    databaseUrl: database.url,
    /** Arranges data directly in the shared database. */
    async inDatabase<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const db = await createDb({ url: database.url, max: 1 });
      try {
        return await db.db.transaction(work);
      } finally {
        await db.close();
      }
    },
    async gql(replica: Replica, query: string, cookie?: string, variables = {}) {
      const response = await post(replica, query, variables, { ...(cookie ? { cookie } : {}) });
      return { response, body: (await response.json()) as any };
    },
    /**
     * Opens a subscription on a replica and returns once that replica listens on the Redis channel
     * of `topic` (a pubsub topic, `name` or `name:id`), so nothing published after is missed.
     */
    async subscribe(replica: Replica, topic: string, query: string, cookie: string, variables = {}) {
      const before = await listeners(topic);
      const stream = new EventStream(
        await post(replica, query, variables, { cookie, accept: 'text/event-stream' }),
      );
      const deadline = Date.now() + 10_000;
      while ((await listeners(topic)) <= before) {
        if (Date.now() > deadline) throw new Error(`${replica.origin} did not subscribe to "${topic}"`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return stream;
    },
    /** Signs in on one replica and returns the session cookie ("levain_session=…"). */
    async signIn(replica: Replica, email: string, password: string): Promise<string> {
      const { response, body } = await this.gql(
        replica,
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }',
        undefined,
        { email, password },
      );
      if (body.data?.signIn?.__typename !== 'MutationSignInSuccess') throw new Error(JSON.stringify(body));
      return response.headers
        .getSetCookie()
        .find((c) => c.startsWith('levain_session='))!
        .split(';')[0]!;
    },
    stop,
  };
}

export type Replicas = Awaited<ReturnType<typeof startReplicas>>;
