import { randomBytes } from 'node:crypto';
import { schema } from '@levain/db';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { JOBS_PER_CLAIM, WORKER_TICK_MS } from '../src/jobs/queue';
import { createAccount } from '../src/people/accounts';
import { PUBLISH_SCHEDULED_JOB } from '../src/posts/publication';
import { type Replica, type Replicas, startReplicas } from './support/replicas';

/** Two server processes on one PostgreSQL database and one Redis, like two replicas behind a load balancer. */
const PASSWORD = 'two replicas, one truth';
let passwordHash: string;
let cluster: Replicas;
let a: Replica;
let b: Replica;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
/** Addresses unique to this run: rate limits counted in the shared Redis by earlier runs never apply. */
const address = (name: string) => `${name}.${randomBytes(3).toString('hex')}@replicas.example`;

/** A community with its animator and members, written straight to the shared database. */
async function communityWith(slug: string, people: { animator: string; members: string[] }) {
  return cluster.inDatabase(async (tx) => {
    const animator = await createAccount(tx, { email: people.animator, name: 'Julien Moreau', passwordHash });
    const members = [];
    for (const email of people.members)
      members.push(await createAccount(tx, { email, name: `Member ${members.length + 1}`, passwordHash }));
    const [community] = await tx
      .insert(schema.communities)
      .values({ slug, name: `Site de ${slug}`, memberCount: 1 + members.length })
      .returning();
    await tx
      .insert(schema.communityMemberships)
      .values([
        { communityId: community!.id, userId: animator.id, role: 'animator' },
        ...members.map((m) => ({ communityId: community!.id, userId: m.id })),
      ]);
    return { communityId: globalId('Community', community!.id), animator, members };
  });
}

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  __typename ... on MutationCreatePostSuccess { data { id status } } ... on Error { message } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) {
  __typename ... on RateLimitedError { code retryAfterSeconds } } }`;

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  cluster = await startReplicas({ count: 2, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  [a, b] = cluster.replicas as [Replica, Replica];
}, 120_000);
afterAll(() => cluster?.stop());

describe('two server processes', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
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

  it('deliver a post written through replica A to a feedUpdated subscriber on replica B', async () => {
    const { communityId } = await communityWith('grenoble', {
      animator: 'author@feed.replicas.example',
      members: ['reader@feed.replicas.example'],
    });
    const author = await cluster.signIn(a, 'author@feed.replicas.example', PASSWORD);
    const reader = await cluster.signIn(b, 'reader@feed.replicas.example', PASSWORD);
    const feed = await cluster.subscribe(
      b,
      'feed.updated',
      'subscription { feedUpdated { post { id body author { name } } } }',
      reader,
    );

    const created = await cluster.gql(a, CREATE_POST, author, {
      input: { communityId, body: 'Le parking ferme vendredi.' },
    });
    const postId = created.body.data.createPost.data.id;

    expect((await feed.next())?.data?.feedUpdated).toEqual({
      post: { id: postId, body: 'Le parking ferme vendredi.', author: { name: 'Julien Moreau' } },
    });
    await feed.close();
  });

  it('deliver a notification sent through replica A to a subscriber on replica B', async () => {
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
      return { ...created!, memberId: member.id };
    });
    const memberCookie = await cluster.signIn(b, 'lea@replicas.example', PASSWORD);
    const adminCookie = await cluster.signIn(a, 'admin@replicas.example', PASSWORD);
    const notifications = await cluster.subscribe(
      b,
      `notification.added:${post.memberId}`,
      'subscription { notificationAdded { kind urgent message } }',
      memberCookie,
    );

    const sent = await cluster.gql(
      a,
      `mutation($id: ID!) { sendUrgentAnnouncementNotice(postId: $id) {
        ... on MutationSendUrgentAnnouncementNoticeSuccess { data } } }`,
      adminCookie,
      { id: globalId('Post', post.id) },
    );
    expect(sent.body.data.sendUrgentAnnouncementNotice.data).toBe(1);

    expect((await notifications.next())?.data?.notificationAdded).toEqual({
      kind: 'announcement',
      urgent: true,
      message: 'Urgent: Julien Moreau published an announcement in Site de Lyon',
    });
    await notifications.close();
  });

  it('publish scheduled posts once: both job workers share the work, no job runs twice', async () => {
    const people = { animator: address('author'), members: [address('ines'), address('marc')] };
    const { communityId } = await communityWith('nantes', people);
    const author = await cluster.signIn(a, people.animator, PASSWORD);
    const members = [
      await cluster.signIn(b, people.members[0]!, PASSWORD),
      await cluster.signIn(a, people.members[1]!, PASSWORD),
    ];
    // More posts than one worker claims at a time, all due at the same moment: the first worker
    // to look claims a batch, the other replica's worker must take the rest.
    const count = JOBS_PER_CLAIM + 5;
    const publishAt = new Date(Date.now() + 4_000).toISOString();

    const created = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        cluster.gql(i % 2 ? a : b, CREATE_POST, author, {
          input: { communityId, body: `Annonce ${i + 1}`, isAnnouncement: true, publishAt },
        }),
      ),
    );
    const posts = created.map((r) => r.body.data.createPost.data as { id: string; status: string });
    expect(posts.map((p) => p.status)).toEqual(Array(count).fill('scheduled'));
    const postIds = posts.map((p) => Buffer.from(p.id, 'base64').toString().split(':')[1]!);

    const publicationJobs = () =>
      cluster.inDatabase((tx) =>
        tx
          .select()
          .from(schema.jobs)
          .where(
            inArray(
              schema.jobs.uniqueKey,
              postIds.map((id) => `post-publish:${id}`),
            ),
          ),
      );
    await until('the publication jobs', publicationJobs, (rows) =>
      rows.every((job) => job.status === 'done'),
    );
    // One more tick of each worker: a job run twice would show now.
    await new Promise((resolve) => setTimeout(resolve, WORKER_TICK_MS + 1_000));
    const jobs = await publicationJobs();
    expect(jobs).toHaveLength(count);
    expect(jobs.every((job) => job.name === PUBLISH_SCHEDULED_JOB && job.status === 'done')).toBe(true);
    expect(jobs.map((job) => job.attempts)).toEqual(Array(count).fill(1));
    expect(new Set(jobs.map((job) => job.lockedBy)).size).toBe(2);

    for (const [i, cookie] of members.entries()) {
      const replica = i ? a : b;
      const feed = await cluster.gql(
        replica,
        '{ feed(first: 100) { edges { node { id status } } } }',
        cookie,
      );
      const inFeed = feed.body.data.feed.edges.map((e: { node: { id: string } }) => e.node);
      expect(inFeed.map((p: { id: string }) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
      expect(new Set(inFeed.map((p: { status: string }) => p.status))).toEqual(new Set(['published']));

      const announced = await until(
        'the announcement notifications',
        async () =>
          (
            await cluster.gql(
              replica,
              '{ notifications(first: 100) { edges { node { kind post { id } } } } }',
              cookie,
            )
          ).body.data.notifications.edges.map(
            (e: { node: { kind: string; post: { id: string } } }) => e.node,
          ),
        (nodes) => nodes.length >= count,
      );
      expect(announced.map((n: { post: { id: string } }) => n.post.id).sort()).toEqual(
        posts.map((p) => p.id).sort(),
      );
      expect(new Set(announced.map((n: { kind: string }) => n.kind))).toEqual(new Set(['announcement']));
    }
  }, 60_000);

  it('count failed sign-ins together: throttled on replica A, refused on replica B too', async () => {
    const email = address('forgetful');
    await cluster.inDatabase((tx) => createAccount(tx, { email, name: 'Paul Oubli', passwordHash }));

    const failures = [];
    for (let i = 0; i < 5; i++)
      failures.push(
        (await cluster.gql(a, SIGN_IN, undefined, { email, password: 'wrong' })).body.data.signIn,
      );
    expect(failures.map((f) => f.__typename)).toEqual(Array(5).fill('ValidationError'));

    const onB = await cluster.gql(b, SIGN_IN, undefined, { email, password: PASSWORD });
    expect(onB.body.data.signIn).toEqual({
      __typename: 'RateLimitedError',
      code: 'RATE_LIMITED',
      retryAfterSeconds: 900,
    });
    expect(onB.response.headers.getSetCookie().some((c) => c.startsWith('levain_session='))).toBe(false);
  });

  it('tell subscribers on replica B the new state of a plugin an admin toggled on replica A', async () => {
    const admin = address('admin');
    const member = address('member');
    await cluster.inDatabase(async (tx) => {
      await createAccount(tx, { email: admin, name: 'Camille Martin', passwordHash, role: 'admin' });
      await createAccount(tx, { email: member, name: 'Léa Dubois', passwordHash });
    });
    const adminCookie = await cluster.signIn(a, admin, PASSWORD);
    const memberCookie = await cluster.signIn(b, member, PASSWORD);
    const toggles = await cluster.subscribe(
      b,
      'plugin.toggled',
      'subscription { pluginToggled { id enabled } }',
      memberCookie,
    );
    // Replica B has just read the flags: its copy still says the plugin is on.
    const before = await cluster.gql(b, '{ plugins { id enabled } }', memberCookie);
    expect(before.body.data.plugins).toContainEqual({ id: 'pulse', enabled: true });

    const disabled = await cluster.gql(
      a,
      'mutation { setPluginEnabled(id: "pulse", enabled: false) { __typename } }',
      adminCookie,
    );
    expect(disabled.body.data.setPluginEnabled.__typename).toBe('MutationSetPluginEnabledSuccess');

    expect((await toggles.next())?.data?.pluginToggled).toEqual({ id: 'pulse', enabled: false });
    await toggles.close();
  });
});
