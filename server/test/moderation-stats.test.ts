import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { moderate, report } from './support/documents/moderation';
import { createPost } from './support/documents/posts';
import { gid } from './support/documents/search';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

type Client = TestClient & { user: { id: string } };

const STATS = `query($slug: String!) { community(slug: $slug) {
  moderationStats { openReports medianMinutesToFirstAction reportsActedOn }
} }`;

let app: TestApp;
let animator: Client;
let member: Client;
let admin: Client;
let community: { id: string; slug: string };

beforeAll(async () => {
  app = await createTestApp();
  [animator, member, admin] = await Promise.all([app.signedIn(), app.signedIn(), app.signedIn(['admin'])]);
  community = await createCommunity(app, {
    name: 'Stats',
    members: [{ userId: animator.user.id, role: 'owner' }, { userId: member.user.id }],
  });
});
afterAll(async () => {
  await app?.close();
});

/** A report filed `minutesAgo` minutes ago (its time moved back in the database). */
async function reportFiled(minutesAgo: number) {
  const p = await createPost(app, {
    authorId: member.user.id,
    communityId: community.id,
    body: `Post ${minutesAgo}`,
  });
  const { data } = await report(member, { postId: gid('Post', p.id), reason: 'spam' });
  await app.services.db
    .update(schema.reports)
    .set({ createdAt: sql`now() - make_interval(mins => ${minutesAgo})` })
    .where(eq(schema.reports.id, data.id));
  return { postId: p.id, reportId: data.id as string };
}

test('time to first moderator action is recorded per report and summed up per community', async () => {
  const acted = [await reportFiled(10), await reportFiled(30), await reportFiled(50)];
  await reportFiled(5);
  for (const r of acted)
    await moderate(animator, { reportId: r.reportId, action: 'hide', reason: 'À examiner' });

  // A later action does not move the time of the first one.
  const [before] = await app.services.db
    .select()
    .from(schema.reports)
    .where(eq(schema.reports.id, acted[0]!.reportId));
  await moderate(animator, { reportId: acted[0]!.reportId, action: 'remove', reason: 'Spam avéré' });
  const [after] = await app.services.db
    .select()
    .from(schema.reports)
    .where(eq(schema.reports.id, acted[0]!.reportId));
  expect(after!.firstActionAt).toEqual(before!.firstActionAt);

  const stats = (await animator.data(STATS, { slug: community.slug })).community.moderationStats;
  // Hidden items still wait for review: their reports stay open; the removed one is closed.
  expect(stats.openReports).toBe(3);
  expect(stats.reportsActedOn).toBe(3);
  expect(stats.medianMinutesToFirstAction).toBeCloseTo(30, 0);
  expect((await admin.data(STATS, { slug: community.slug })).community.moderationStats.openReports).toBe(3);
});

test('members who do not moderate the community do not see its figures', async () => {
  expect((await member.data(STATS, { slug: community.slug })).community.moderationStats).toBeNull();
});

test('figures for a list of communities cost the same statements for 2 as for 12', async () => {
  for (let i = 0; i < 11; i++)
    await createCommunity(app, {
      name: `Extra ${i}`,
      members: [{ userId: animator.user.id, role: 'animator' }],
    });
  const LIST = `query($first: Int) { communities(first: $first) { edges { node { name moderationStats { openReports } } } } }`;
  const count = async (first: number) => {
    app.queries.length = 0;
    const { communities } = await animator.data(LIST, { first });
    expect(communities.edges).toHaveLength(first);
    expect(communities.edges.every((e: any) => e.node.moderationStats !== null)).toBe(true);
    return app.queries.length;
  };
  expect(await count(12)).toBe(await count(2));
});

test('a queue page costs the same statements for 2 items as for 12', async () => {
  const busy = await createCommunity(app, {
    name: 'Busy',
    members: [{ userId: animator.user.id, role: 'animator' }, { userId: member.user.id }],
  });
  for (let i = 0; i < 12; i++) {
    const p = await createPost(app, { authorId: member.user.id, communityId: busy.id, body: `Item ${i}` });
    await report(member, { postId: gid('Post', p.id), reason: 'spam' });
  }
  const QUEUE = `query($communityId: ID, $first: Int) { moderationQueue(communityId: $communityId, first: $first) {
    edges { node { link reportCount reasons { reasonLabel count } reports { reason reporter { name } }
      post { body author { name } } community { name } } } } }`;
  const count = async (first: number) => {
    app.queries.length = 0;
    const { moderationQueue } = await animator.data(QUEUE, { communityId: gid('Community', busy.id), first });
    expect(moderationQueue.edges).toHaveLength(first);
    return app.queries.length;
  };
  expect(await count(12)).toBe(await count(2));
});
