import { schema } from '@levain/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_SCHEDULED_JOB } from '../../src/posts/publication';
import { type ServerProcess, scratchDatabase, startServerProcess } from '../support/server-process';
import {
  CREATE_POST,
  communityWithMembers,
  gql,
  openStore,
  type Person,
  rawId,
  sleep,
  until,
} from './support';

const POSTS = 30;

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let server: ServerProcess;
let communityId: string;
let people: Person[];

beforeAll(async () => {
  database = await scratchDatabase('levain_jobs');
  ({ communityId, people } = await communityWithMembers({ url: database.url }, 12, 'jobs'));
  server = await startServerProcess({ DATABASE_URL: database.url });
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await database?.drop();
});

describe('a job batch interrupted by kill -9', () => {
  it('completes once, with every side effect, within a minute of the restart', async () => {
    const [author, ...members] = people as [Person, ...Person[]];
    const mentioned = members.slice(0, 5);
    const mentions = mentioned.map((p, i) => `@[Person ${i + 1}](user:${p.id})`).join(' ');
    const publishAt = new Date(Date.now() + 6_000).toISOString();
    const created = await Promise.all(
      Array.from({ length: POSTS }, (_, i) =>
        gql(
          server.origin,
          CREATE_POST,
          { input: { communityId, body: `Annonce ${i} pour ${mentions}`, isAnnouncement: true, publishAt } },
          author.cookie,
        ),
      ),
    );
    const postIds = created.map((c) => rawId(c.body.data.createPost.data.id));

    // Kill the server as soon as its worker has claimed the batch and started publishing.
    const handle = await openStore({ url: database.url });
    const jobs = () =>
      handle.db
        .select({ status: schema.jobs.status, attempts: schema.jobs.attempts })
        .from(schema.jobs)
        .where(eq(schema.jobs.name, PUBLISH_SCHEDULED_JOB));
    await until(
      'the worker to start the batch',
      jobs,
      (rows) => rows.some((j) => j.status !== 'pending'),
      20_000,
    );
    server.child.kill('SIGKILL');
    await server.exited;
    const atKill = await jobs();
    // The kill did interrupt the batch: some jobs were claimed and not finished.
    expect(atKill.filter((j) => j.status === 'running').length).toBeGreaterThan(0);

    const restartedAt = Date.now();
    server = await startServerProcess({ DATABASE_URL: database.url });
    await until('every publication job done', jobs, (rows) => rows.every((j) => j.status === 'done'), 60_000);
    expect(Date.now() - restartedAt).toBeLessThan(60_000);
    // Let a job that would run twice show itself.
    await sleep(6_000);

    const posts = await handle.db
      .select({ status: schema.posts.status })
      .from(schema.posts)
      .where(inArray(schema.posts.id, postIds));
    expect(posts.map((p) => p.status)).toEqual(Array(POSTS).fill('published'));
    const notifications = await handle.db
      .select({
        kind: schema.notifications.kind,
        postId: schema.notifications.postId,
        recipientId: schema.notifications.recipientId,
      })
      .from(schema.notifications)
      .where(
        and(
          inArray(schema.notifications.postId, postIds),
          inArray(schema.notifications.kind, ['mention', 'announcement']),
        ),
      );
    await handle.close();
    // Each mentioned person told once of each post, each other member told once of each announcement.
    const told = notifications.map((n) => `${n.kind} ${n.postId} ${n.recipientId}`).sort();
    const expected = postIds
      .flatMap((postId) =>
        members.map((m) => `${mentioned.includes(m) ? 'mention' : 'announcement'} ${postId} ${m.id}`),
      )
      .sort();
    expect(told).toEqual(expected);
  });
});
