import { fileURLToPath } from 'node:url';
import { schema } from '@levain/db';
import { createTestApp, pluginSourceFromPackage, type TestApp } from '@levain/server/testing';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

export const cmNetworkApp = () =>
  createTestApp({ plugins: [pluginSourceFromPackage('@levain/plugin-cm-network', rootPackageJson)] });

import { gid } from '@levain/server/testing';

/** Global ids as the API gives them. */
export { gid };

const at = (iso: string) => new Date(iso);

/**
 * A small organisation whose March 2025 is known by heart. Community "Marketing" (France,
 * marketing) has, in March: 3 members (1 new), 4 active people, 2 posts, 2 comments, 3
 * reactions, 1 vote, a reach of 3 and 3 reports (first actions after 60 and 240 minutes); in
 * February: 2 members (1 new), 1 active person, 1 post, a reach of 1. "Ventes" (France, sales)
 * has one post in March; "UK secret" (United Kingdom, marketing) one post.
 */
export async function seedDataset(app: TestApp) {
  const { db } = app.services;
  const units = await db
    .insert(schema.orgUnits)
    .values([{ code: 'co', name: 'Company', kind: 'company' }])
    .returning({ id: schema.orgUnits.id });
  const co = units[0]!.id;
  const unit = async (code: string, name: string, kind: 'country' | 'direction', parentId: string) =>
    (
      await db
        .insert(schema.orgUnits)
        .values({ code, name, kind, parentId })
        .returning({ id: schema.orgUnits.id })
    )[0]!.id;
  const fr = await unit('fr', 'France', 'country', co);
  const frMarketing = await unit('fr-marketing', 'Marketing France', 'direction', fr);
  const frSales = await unit('fr-sales', 'Ventes France', 'direction', fr);
  const uk = await unit('uk', 'United Kingdom', 'country', co);
  const ukMarketing = await unit('uk-marketing', 'Marketing UK', 'direction', uk);

  const person = async (name: string) => (await app.createUser({ name })).id;
  const alice = await person('Alice');
  const bob = await person('Bob');
  const carol = await person('Carol');
  const dan = await person('Dan');

  const community = async (slug: string, orgUnitId: string, visibility: 'public' | 'secret' = 'public') => {
    const [row] = await db
      .insert(schema.communities)
      .values({ slug, name: slug, visibility, createdById: alice })
      .returning({ id: schema.communities.id });
    await db.insert(schema.communityOrgUnits).values({ communityId: row!.id, orgUnitId });
    return row!.id;
  };
  const marketing = await community('Marketing', frMarketing);
  const sales = await community('Ventes', frSales);
  const ukSecret = await community('UK secret', ukMarketing, 'secret');

  await db.insert(schema.communityMemberships).values([
    { communityId: marketing, userId: alice, role: 'owner', joinedAt: at('2025-01-10T09:00:00Z') },
    { communityId: marketing, userId: bob, joinedAt: at('2025-03-05T09:00:00Z') },
    { communityId: marketing, userId: carol, joinedAt: at('2025-02-20T09:00:00Z') },
    { communityId: marketing, userId: dan, joinedAt: at('2025-04-02T09:00:00Z') },
    { communityId: sales, userId: alice, role: 'owner', joinedAt: at('2025-01-10T09:00:00Z') },
    { communityId: ukSecret, userId: dan, role: 'owner', joinedAt: at('2025-01-10T09:00:00Z') },
  ]);
  const post = async (communityId: string, authorId: string, publishedAt: string, deleted = false) =>
    (
      await db
        .insert(schema.posts)
        .values({
          communityId,
          authorId,
          body: 'x',
          bodyHtml: '<p>x</p>',
          publishedAt,
          deletedAt: deleted ? at(publishedAt) : null,
        })
        .returning({ id: schema.posts.id })
    )[0]!.id;
  const p0 = await post(marketing, alice, '2025-02-15T10:00:00Z');
  const p1 = await post(marketing, alice, '2025-03-03T10:00:00Z');
  const p2 = await post(marketing, bob, '2025-03-10T10:00:00Z');
  await post(marketing, carol, '2025-03-12T10:00:00Z', true);
  await post(sales, alice, '2025-03-15T10:00:00Z');
  await post(ukSecret, dan, '2025-03-15T10:00:00Z');

  const comment = async (postId: string, authorId: string, createdAt: string, deleted = false) =>
    (
      await db
        .insert(schema.comments)
        .values({
          postId,
          authorId,
          body: 'y',
          bodyHtml: '<p>y</p>',
          createdAt,
          deletedAt: deleted ? at(createdAt) : null,
        })
        .returning({ id: schema.comments.id })
    )[0]!.id;
  const carolsComment = await comment(p1, carol, '2025-03-04T10:00:00Z');
  await comment(p0, bob, '2025-03-02T10:00:00Z');
  await comment(p1, dan, '2025-03-05T10:00:00Z', true);

  await db.insert(schema.postReactions).values([
    { postId: p1, userId: bob, kind: 'like', createdAt: at('2025-03-03T11:00:00Z') },
    { postId: p2, userId: alice, kind: 'bravo', createdAt: at('2025-03-11T11:00:00Z') },
  ]);
  await db
    .insert(schema.commentReactions)
    .values({ commentId: carolsComment, userId: alice, kind: 'like', createdAt: at('2025-03-05T11:00:00Z') });
  await db.insert(schema.polls).values({ postId: p2 });
  const [option] = await db
    .insert(schema.pollOptions)
    .values({ postId: p2, label: 'Oui', position: 0 })
    .returning({ id: schema.pollOptions.id });
  await db
    .insert(schema.pollVotes)
    .values({ optionId: option!.id, postId: p2, userId: dan, votedAt: at('2025-03-11T12:00:00Z') });

  await db.insert(schema.postImpressions).values([
    { postId: p1, userId: bob, firstSeenAt: at('2025-03-03T10:30:00Z') },
    { postId: p1, userId: carol, firstSeenAt: at('2025-03-04T09:00:00Z') },
    { postId: p1, userId: dan, firstSeenAt: at('2025-03-05T09:00:00Z') },
    { postId: p2, userId: carol, firstSeenAt: at('2025-03-11T09:00:00Z') },
    { postId: p0, userId: carol, firstSeenAt: at('2025-02-16T09:00:00Z') },
  ]);
  await db.insert(schema.reports).values([
    {
      communityId: marketing,
      postId: p2,
      reporterId: carol,
      reason: 'spam',
      createdAt: '2025-03-10T10:00:00Z',
      firstActionAt: at('2025-03-10T11:00:00Z'),
    },
    {
      communityId: marketing,
      postId: p1,
      reporterId: dan,
      reason: 'spam',
      createdAt: '2025-03-12T08:00:00Z',
      firstActionAt: at('2025-03-12T12:00:00Z'),
    },
    {
      communityId: marketing,
      postId: p2,
      reporterId: bob,
      reason: 'spam',
      createdAt: '2025-03-20T08:00:00Z',
    },
  ]);
  return {
    units: { co, fr, frMarketing, frSales, uk, ukMarketing },
    people: { alice, bob, carol, dan },
    communities: { marketing, sales, ukSecret },
  };
}
