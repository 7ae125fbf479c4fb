import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { allPages, FEED, gid, post, rawId } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const FEED_CARD = `query Feed($first: Int!) {
  feed(first: $first) {
    edges { node {
      id publishedAt body
      author { name avatarUrl }
      community { name slug }
      reactionSummary { kind count }
      viewerReaction
      commentCount
      firstComments { body author { name } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('statement count', () => {
  it('costs the same number of SQL statements for 10 posts and for 100', async () => {
    const reader = await app.signedIn();
    const authors = await Promise.all([1, 2, 3].map(() => app.createUser()));
    const community = await createCommunity(app, {
      members: [{ userId: reader.user.id }, ...authors.map((a) => ({ userId: a.id }))],
    });
    for (let i = 0; i < 120; i += 1) {
      const author = authors[i % 3]!;
      const created = await createPost(app, {
        authorId: author.id,
        communityId: community.id,
        body: `Post ${i}`,
      });
      await createComment(app, {
        postId: created.id,
        authorId: authors[(i + 1) % 3]!.id,
        body: `Comment ${i}`,
      });
      await createComment(app, {
        postId: created.id,
        authorId: authors[(i + 2) % 3]!.id,
        body: `Again ${i}`,
      });
      await app.services.db.insert(schema.postReactions).values([
        { postId: created.id, userId: authors[(i + 1) % 3]!.id, kind: 'bravo' },
        { postId: created.id, userId: reader.user.id, kind: 'like' },
      ]);
    }

    const statements = async (first: number) => {
      app.queries.length = 0;
      const data = await reader.data(FEED_CARD, { first });
      return { count: app.queries.length, edges: data.feed.edges };
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(ten.edges).toHaveLength(10);
    expect(hundred.edges).toHaveLength(100);
    expect(hundred.count).toBe(ten.count);
    // The session, the one feed query, and the viewer's memberships (read once for the community rules).
    expect(ten.count).toBeLessThanOrEqual(3);
    const card = hundred.edges[99].node;
    // Most given first, then in the order of the kinds.
    expect(card.reactionSummary).toEqual([
      { kind: 'like', count: 1 },
      { kind: 'bravo', count: 1 },
    ]);
    expect(card.viewerReaction).toBe('like');
    expect(card.commentCount).toBe(2);
    expect(card.firstComments.map((c: any) => c.body)).toEqual([
      expect.stringMatching(/^Comment/),
      expect.stringMatching(/^Again/),
    ]);
    expect(card.community.name).toBe(community.name);
  });
});

describe('keyset pagination', () => {
  it('visits every post once, newest first, when many share the same time', async () => {
    const reader = await app.signedIn();
    const community = await createCommunity(app, { members: [{ userId: reader.user.id }] });
    const sameTime = new Date('2026-05-04T10:00:00.123Z');
    const ids: string[] = [];
    for (let i = 0; i < 23; i += 1)
      ids.push(
        (
          await createPost(app, {
            authorId: reader.user.id,
            communityId: community.id,
            body: `Tie ${i}`,
            publishedAt: sameTime,
          })
        ).id,
      );
    const older = await createPost(app, {
      authorId: reader.user.id,
      communityId: community.id,
      body: 'Older',
      publishedAt: new Date('2026-05-04T09:00:00Z'),
    });
    const newer = await createPost(app, {
      authorId: reader.user.id,
      communityId: community.id,
      body: 'Newer',
      publishedAt: new Date('2026-05-04T11:00:00Z'),
    });

    const seen = (await allPages(reader, FEED, (d) => d.feed, {}, 4)).map(rawId);
    const ties = [...ids].sort().reverse();
    expect(seen).toEqual([newer.id, ...ties, older.id]);
  });
});

describe('the home feed', () => {
  it('brings the viewer’s communities, people they follow, official announcements and their own posts', async () => {
    const viewer = await app.signedIn();
    const friend = await app.createUser();
    const stranger = await app.createUser();
    const mine = await createCommunity(app, {
      members: [{ userId: viewer.user.id }, { userId: stranger.id }],
    });
    const other = await createCommunity(app, { members: [{ userId: stranger.id }, { userId: friend.id }] });
    const closed = await createCommunity(app, { visibility: 'private', members: [{ userId: friend.id }] });
    const official = await createCommunity(app, {
      kind: 'official',
      members: [{ userId: stranger.id, role: 'owner' }],
    });
    await app.services.db
      .insert(schema.follows)
      .values({ followerId: viewer.user.id, followeeId: friend.id });

    const expectIn = [
      await createPost(app, { authorId: stranger.id, communityId: mine.id, body: 'in my community' }),
      await createPost(app, { authorId: friend.id, communityId: other.id, body: 'by someone I follow' }),
      await createPost(app, { authorId: friend.id, body: 'on the profile of someone I follow' }),
      await createPost(app, { authorId: viewer.user.id, body: 'my own' }),
    ];
    const announcement = await createPost(app, {
      authorId: stranger.id,
      communityId: official.id,
      body: 'official news',
    });
    await app.services.db
      .update(schema.posts)
      .set({ isAnnouncement: true })
      .where(eq(schema.posts.id, announcement.id));
    const expectOut = [
      await createPost(app, {
        authorId: stranger.id,
        communityId: other.id,
        body: 'in a community I did not join',
      }),
      await createPost(app, { authorId: friend.id, communityId: closed.id, body: 'followed, but private' }),
      await createPost(app, { authorId: stranger.id, communityId: official.id, body: 'official chatter' }),
    ];

    const seen = (await allPages(viewer, FEED, (d) => d.feed, {}, 10)).map(rawId);
    expect(seen.sort()).toEqual([...expectIn.map((p) => p.id), announcement.id].sort());
    for (const p of expectOut) expect(seen).not.toContain(p.id);
  });

  it('still finds an older readable post behind many newer ones the viewer may not read', async () => {
    const viewer = await app.signedIn();
    const friend = await app.createUser();
    const closed = await createCommunity(app, { visibility: 'secret', members: [{ userId: friend.id }] });
    await app.services.db
      .insert(schema.follows)
      .values({ followerId: viewer.user.id, followeeId: friend.id });
    const readable = await createPost(app, {
      authorId: friend.id,
      body: 'on their profile, last week',
      publishedAt: new Date(Date.now() - 7 * 86_400_000),
    });
    const secret = [];
    for (let i = 0; i < 12; i += 1)
      secret.push(
        await createPost(app, { authorId: friend.id, communityId: closed.id, body: `secret ${i}` }),
      );

    const seen = (await allPages(viewer, FEED, (d) => d.feed, {}, 3)).map(rawId);
    expect(seen).toContain(readable.id);
    for (const p of secret) expect(seen).not.toContain(p.id);
  });

  it('shows a pinned post first in its community feed', async () => {
    const animator = await app.signedIn();
    const community = await createCommunity(app, {
      members: [{ userId: animator.user.id, role: 'animator' }],
    });
    const communityId = gid('Community', community.id);
    const first = await post(animator, { communityId, body: 'Welcome, read the charter' });
    await post(animator, { communityId, body: 'Second' });
    await post(animator, { communityId, body: 'Third' });
    await animator.data(`mutation($id: ID!) { pinPost(id: $id) { __typename } }`, { id: first.id });
    const feed = await animator.data(
      `query($slug: String!) { community(slug: $slug) { feed(first: 2) { edges { node { body pinned } } } } }`,
      { slug: community.slug },
    );
    expect(feed.community.feed.edges.map((e: any) => e.node)).toEqual([
      { body: 'Welcome, read the charter', pinned: true },
      { body: 'Third', pinned: false },
    ]);
  });
});

describe('moderated and deleted posts', () => {
  it('vanish from every list and count', async () => {
    const author = await app.signedIn();
    const reader = await app.signedIn();
    const community = await createCommunity(app, {
      members: [{ userId: author.user.id }, { userId: reader.user.id }],
    });
    const kept = await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: 'kept #vanish',
      hashtags: ['vanish'],
    });
    const hidden = await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: 'hidden #vanish',
      hashtags: ['vanish'],
      moderation: 'hidden',
    });
    const removed = await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: 'removed #vanish',
      hashtags: ['vanish'],
    });
    const deleted = await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: 'deleted #vanish',
      hashtags: ['vanish'],
    });
    for (const p of [kept, removed, deleted])
      await reader.data(`mutation($postId: ID!) { bookmarkPost(postId: $postId) { __typename } }`, {
        postId: gid('Post', p.id),
      });
    await app.services.db
      .update(schema.posts)
      .set({ moderation: 'removed' })
      .where(eq(schema.posts.id, removed.id));
    await author.data(`mutation($id: ID!) { deletePost(id: $id) { __typename } }`, {
      id: gid('Post', deleted.id),
    });

    const lists = await reader.data(
      `query($slug: String!, $user: ID!) {
        feed(first: 20) { edges { node { id } } }
        community(slug: $slug) { feed(first: 20) { edges { node { id } } } }
        hashtag(name: "vanish") { postCount posts(first: 20) { edges { node { id } } } }
        user(id: $user) { posts(first: 20) { edges { node { id } } } }
        myBookmarks(first: 20) { edges { node { id } } }
      }`,
      { slug: community.slug, user: gid('User', author.user.id) },
    );
    const ids = (c: any) => c.edges.map((e: any) => rawId(e.node.id));
    // The home feed also carries official announcements of other tests: look at this community's posts.
    const ours = new Set([kept.id, hidden.id, removed.id, deleted.id]);
    expect(ids(lists.feed).filter((id: string) => ours.has(id))).toEqual([kept.id]);
    expect(ids(lists.community.feed)).toEqual([kept.id]);
    expect(lists.hashtag.postCount).toBe(1);
    expect(ids(lists.hashtag.posts)).toEqual([kept.id]);
    expect(ids(lists.user.posts)).toEqual([kept.id]);
    expect(ids(lists.myBookmarks)).toEqual([kept.id]);
    for (const p of [hidden, removed, deleted])
      expect(
        (await reader.data(`query($id: ID!) { post(id: $id) { id } }`, { id: gid('Post', p.id) })).post,
      ).toBeNull();
    const audit = await app.services.db.query.auditLog.findFirst({
      where: { action: 'post.deleted', subjectId: deleted.id },
    });
    expect(audit?.actorId).toBe(author.user.id);
  });
});
