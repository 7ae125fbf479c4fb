import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, type Tx } from '@levain/db';
import { Redis } from 'ioredis';
import { EventStream } from './event-stream';
import { listenOnRandomPort } from './real-http';

/**
 * Real server processes (`server/src/main.ts`) sharing one PostgreSQL database — PGlite cannot be
 * shared between processes, so this always uses the server of DATABASE_URL (a database of its own,
 * dropped at the end) — and, when asked, one Redis. They trust the load balancer on loopback, and
 * requests come from a client address of this cluster's own: rate limits counted in a shared Redis
 * by earlier runs do not reach it.
 */
export type Replica = { origin: string; child: ChildProcess; output: string[] };

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function freePort(): Promise<number> {
  const { server, port } = await listenOnRandomPort();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startReplicas(options: { count: number; redisUrl?: string }) {
  const databaseName = `levain_replicas_${randomBytes(4).toString('hex')}`;
  const admin: DbHandle = await createDb({ url: serverUrl, max: 1 });
  await admin.exec(`create database "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'levain-replicas-'));
  // The replicas sit behind one public origin, as behind a load balancer.
  const publicUrl = `http://localhost:${await freePort()}`;
  const replicas: Replica[] = [];
  const clientIp = `10.${[...randomBytes(3)].join('.')}`;
  const redis = options.redisUrl ? new Redis(options.redisUrl) : null;
  /** How many server connections listen on a Redis channel (a pubsub topic). */
  const listeners = async (channel: string) =>
    Number(((await redis!.pubsub('NUMSUB', channel)) as [string, number])[1]);

  const start = async (): Promise<Replica> => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        PUBLIC_URL: publicUrl,
        TRUST_PROXY: 'loopback',
        DATA_DIR: join(dataDir, String(port)),
        DATABASE_URL: databaseUrl,
        REDIS_URL: options.redisUrl ?? '',
        LEVAIN_SEED: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const replica = { origin: `http://localhost:${port}`, child, output: [] as string[] };
    replicas.push(replica);
    child.stdout!.on('data', (chunk) => replica.output.push(String(chunk)));
    child.stderr!.on('data', (chunk) => replica.output.push(String(chunk)));
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const ready = await fetch(`${replica.origin}/readyz`).catch(() => null);
      if (ready?.ok) return replica;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`replica on ${replica.origin} did not become ready:\n${replica.output.join('')}`);
  };
  const stop = async () => {
    for (const { child } of replicas) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    redis?.disconnect();
    await admin.exec(`drop database if exists "${databaseName}" with (force)`);
    await admin.close();
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
    /** Arranges data directly in the shared database. */
    async inDatabase<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const db = await createDb({ url: databaseUrl, max: 1 });
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
