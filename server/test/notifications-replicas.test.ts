import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, schema, type Tx } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { createAccount } from '../src/people/accounts';
import { listenOnRandomPort } from './real-http';

/**
 * Two server processes on one PostgreSQL database and one Redis: a notification created by a
 * request on one replica reaches a subscriber connected to the other, through Redis alone.
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'notifications cross replicas';

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
      REDIS_URL: redisUrl,
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
  databaseName = `levain_notify_${randomBytes(4).toString('hex')}`;
  admin = await createDb({ url: serverUrl, max: 1 });
  await admin.exec(`create database "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  dataDir = mkdtempSync(join(tmpdir(), 'levain-notify-replicas-'));
  const { server, port } = await listenOnRandomPort();
  server.close();
  publicUrl = `http://localhost:${port}`;
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

async function signIn(replica: Replica, email: string): Promise<string> {
  const response = await fetch(`${replica.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: publicUrl },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }',
      variables: { email, password: PASSWORD },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('levain_session='));
  return cookie!.split(';')[0]!;
}

describe('notifications across replicas', () => {
  it('a notice sent through replica A reaches a subscriber on replica B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const db = await createDb({ url: databaseUrl, max: 1 });
    const passwordHash = await hashPassword(PASSWORD);
    const people = await db.db.transaction(async (tx: Tx) => {
      const boss = await createAccount(tx, {
        email: 'admin@replicas.example',
        name: 'Camille Martin',
        passwordHash,
        role: 'admin',
      });
      const author = await createAccount(tx, {
        email: 'cm@replicas.example',
        name: 'Julien Moreau',
        passwordHash,
      });
      const member = await createAccount(tx, {
        email: 'lea@replicas.example',
        name: 'Léa Dubois',
        passwordHash,
        locale: 'en',
      });
      const [community] = await tx
        .insert(schema.communities)
        .values({ slug: 'lyon', name: 'Site de Lyon', memberCount: 2 })
        .returning();
      await tx.insert(schema.communityMemberships).values([
        { communityId: community!.id, userId: author.id, role: 'animator' },
        { communityId: community!.id, userId: member.id },
      ]);
      const [post] = await tx
        .insert(schema.posts)
        .values({
          authorId: author.id,
          communityId: community!.id,
          body: 'Alerte',
          bodyHtml: 'Alerte',
          isAnnouncement: true,
        })
        .returning();
      return { boss, member, post: post! };
    });
    await db.close();

    const memberCookie = await signIn(b, 'lea@replicas.example');
    const adminCookie = await signIn(a, 'admin@replicas.example');

    const stream = await fetch(`${b.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        origin: publicUrl,
        cookie: memberCookie,
      },
      body: JSON.stringify({ query: 'subscription { notificationAdded { kind urgent message } }' }),
    });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader.read()).value);
    // The stream opens with a ping; give replica B a moment to subscribe on Redis.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const sent = await fetch(`${a.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: publicUrl, cookie: adminCookie },
      body: JSON.stringify({
        query: `mutation($id: ID!) { sendUrgentAnnouncementNotice(postId: $id) {
          ... on MutationSendUrgentAnnouncementNoticeSuccess { data } } }`,
        variables: { id: Buffer.from(`Post:${people.post.id}`).toString('base64') },
      }),
    });
    expect(((await sent.json()) as any).data.sendUrgentAnnouncementNotice.data).toBe(1);

    const deadline = Date.now() + 10_000;
    while (!received.includes('event: next') && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<{ value: undefined }>((resolve) => setTimeout(() => resolve({ value: undefined }), 500)),
      ]);
      if (chunk.value) received += decoder.decode(chunk.value);
    }
    await reader.cancel();
    const data = received.split('\n').find((line) => line.startsWith('data: '));
    expect(JSON.parse(data!.slice(6)).data.notificationAdded).toEqual({
      kind: 'announcement',
      urgent: true,
      message: 'Urgent: Julien Moreau published an announcement in Site de Lyon',
    });
  });
});
