import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, type Tx } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { createAccount } from '../src/people/accounts';
import { listenOnRandomPort } from './real-http';

/**
 * Two replicas must share one database, which PGlite (one process only) cannot be: this test
 * always runs on PostgreSQL, in a database of its own on the server of DATABASE_URL.
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'two replicas, one truth';

type Replica = { origin: string; child: ChildProcess; output: string[] };

let admin: DbHandle;
let databaseName: string;
let databaseUrl: string;
let dataDir: string;
let publicUrl: string;
const replicas: Replica[] = [];

async function startReplica(): Promise<Replica> {
  const { server, port } = await listenOnRandomPort();
  await new Promise((resolve) => server.close(resolve));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      DATA_DIR: join(dataDir, String(port)),
      DATABASE_URL: databaseUrl,
      LEVAIN_SEED: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const replica = { origin: `http://localhost:${port}`, child, output: [] as string[] };
  replicas.push(replica);
  child.stdout!.on('data', (chunk) => replica.output.push(String(chunk)));
  child.stderr!.on('data', (chunk) => replica.output.push(String(chunk)));
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${replica.origin}/readyz`).catch(() => null);
    if (ready?.ok) return replica;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`replica on ${replica.origin} did not become ready:\n${replica.output.join('')}`);
}

beforeAll(async () => {
  databaseName = `levain_replicas_${randomBytes(4).toString('hex')}`;
  admin = await createDb({ url: serverUrl, max: 1 });
  await admin.exec(`create database "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  dataDir = mkdtempSync(join(tmpdir(), 'levain-replicas-'));
  // Both replicas sit behind one public origin, like behind a load balancer.
  const { server, port } = await listenOnRandomPort();
  server.close();
  publicUrl = `http://localhost:${port}`;
  // One after the other: the first applies the migrations, the second finds them done.
  await startReplica();
  await startReplica();
}, 90_000);

afterAll(async () => {
  for (const { child } of replicas) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
  await admin?.exec(`drop database if exists "${databaseName}" with (force)`);
  await admin?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function gql(replica: Replica, query: string, cookie?: string, variables = {}) {
  const response = await fetch(`${replica.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: publicUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as any };
}

describe('two server processes on one database', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const db = await createDb({ url: databaseUrl, max: 1 });
    const passwordHash = await hashPassword(PASSWORD);
    await db.db.transaction((tx: Tx) =>
      createAccount(tx, { email: 'nadia.replica@example.com', name: 'Nadia Replica', passwordHash }),
    );
    await db.close();

    const signIn = await gql(
      a,
      `mutation($email: String!, $password: String!) {
        signIn(email: $email, password: $password) { __typename }
      }`,
      undefined,
      { email: 'nadia.replica@example.com', password: PASSWORD },
    );
    expect(signIn.body.data.signIn.__typename).toBe('MutationSignInSuccess');
    const setCookie = signIn.response.headers.getSetCookie().find((c) => c.startsWith('levain_session='));
    const cookie = setCookie!.split(';')[0]!;

    expect((await gql(b, '{ me { name } }', cookie)).body.data.me).toEqual({ name: 'Nadia Replica' });
    expect((await gql(a, '{ me { name } }', cookie)).body.data.me).toEqual({ name: 'Nadia Replica' });

    expect((await gql(b, 'mutation { signOutEverywhere }', cookie)).body.data.signOutEverywhere).toBe(true);
    expect((await gql(a, '{ me { name } }', cookie)).body.data.me).toBeNull();
  });
});
