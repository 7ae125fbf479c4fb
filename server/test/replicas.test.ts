import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { createAccount } from '../src/people/accounts';
import { type Replica, type Replicas, startReplicas } from './replicas';

/** Two server processes on one PostgreSQL database and one Redis, like two replicas behind a load balancer. */
const PASSWORD = 'two replicas, one truth';
let cluster: Replicas;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  cluster = await startReplicas({ count: 2, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  [a, b] = cluster.replicas as [Replica, Replica];
}, 120_000);
afterAll(() => cluster?.stop());

describe('two server processes', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await cluster.inDatabase((tx) =>
      createAccount(tx, { email: 'nadia.replica@example.com', name: 'Nadia Replica', passwordHash }),
    );
    const cookie = await cluster.signIn(a, 'nadia.replica@example.com', PASSWORD);

    expect((await cluster.gql(b, '{ me { name } }', cookie)).body.data.me).toEqual({ name: 'Nadia Replica' });
    expect((await cluster.gql(a, '{ me { name } }', cookie)).body.data.me).toEqual({ name: 'Nadia Replica' });
    expect((await cluster.gql(b, 'mutation { signOutEverywhere }', cookie)).body.data.signOutEverywhere).toBe(
      true,
    );
    expect((await cluster.gql(a, '{ me { name } }', cookie)).body.data.me).toBeNull();
  });

  it('deliver a notification sent through replica A to a subscriber on replica B, through Redis', async () => {
    const passwordHash = await hashPassword(PASSWORD);
    const post = await cluster.inDatabase(async (tx) => {
      await createAccount(tx, {
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
      const [created] = await tx
        .insert(schema.posts)
        .values({
          authorId: author.id,
          communityId: community!.id,
          body: 'Alerte',
          bodyHtml: 'Alerte',
          isAnnouncement: true,
        })
        .returning();
      return created!;
    });
    const memberCookie = await cluster.signIn(b, 'lea@replicas.example', PASSWORD);
    const adminCookie = await cluster.signIn(a, 'admin@replicas.example', PASSWORD);

    const stream = await fetch(`${b.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        origin: cluster.publicUrl,
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

    const sent = await cluster.gql(
      a,
      `mutation($id: ID!) { sendUrgentAnnouncementNotice(postId: $id) {
        ... on MutationSendUrgentAnnouncementNoticeSuccess { data } } }`,
      adminCookie,
      { id: Buffer.from(`Post:${post.id}`).toString('base64') },
    );
    expect(sent.body.data.sendUrgentAnnouncementNotice.data).toBe(1);

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
