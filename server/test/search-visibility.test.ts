import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { gid, SEARCH, search } from './support/documents/search';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

let app: TestApp;
let member: TestClient & { user: { id: string } };
let outsider: TestClient & { user: { id: string } };
let admin: TestClient & { user: { id: string } };
let author: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  member = await app.signedIn();
  outsider = await app.signedIn();
  admin = await app.signedIn(['admin']);
  author = await app.createUser({ name: 'Thomas Petit' });
});
afterAll(async () => {
  await app?.close();
});

describe('private and secret communities', () => {
  let secret: { id: string };

  beforeAll(async () => {
    secret = await createCommunity(app, {
      name: 'Projet Licorne',
      visibility: 'secret',
      members: [{ userId: member.user.id }, { userId: author.id }],
    });
    const hidden = await createPost(app, {
      authorId: author.id,
      communityId: secret.id,
      body: 'Budget licorne validé #budget',
      hashtags: ['budget'],
    });
    await createComment(app, {
      postId: hidden.id,
      authorId: author.id,
      body: 'Le budget licorne reste entre nous',
    });
    await createPost(app, { authorId: author.id, body: 'Budget de la fête #budget', hashtags: ['budget'] });
  });

  test('a non-member finds nothing of a secret community, not even in counts', async () => {
    const found = await search(outsider, 'budget');
    expect(found.lines.sort()).toEqual(['#budget (1)', 'post: Budget de la fête #budget']);
    expect(found.totalCount).toBe(2);
    expect((await search(outsider, 'licorne')).totalCount).toBe(0);
    // Filtering on the secret community reveals neither its content nor its members.
    const inside = await search(outsider, 'thomas budget', { communityId: gid('Community', secret.id) });
    expect(inside.totalCount).toBe(0);
  });

  test('a member finds its posts, comments, name and hashtag counts; so does an admin', async () => {
    const expected = [
      '#budget (2)',
      'comment: Le budget licorne reste entre nous',
      'post: Budget de la fête #budget',
      'post: Budget licorne validé #budget',
    ];
    expect((await search(member, 'budget')).lines.sort()).toEqual(expected);
    expect((await search(member, 'budget')).totalCount).toBe(4);
    expect((await search(member, 'licorne')).lines).toContain('community: Projet Licorne');
    expect((await search(admin, 'budget')).lines.sort()).toEqual(expected);
  });

  test('a private community is found by name, its content only by members', async () => {
    const club = await createCommunity(app, {
      name: 'Club astronomie',
      visibility: 'private',
      members: [{ userId: member.user.id }],
    });
    await createPost(app, {
      authorId: member.user.id,
      communityId: club.id,
      body: 'Nuit des étoiles astronomie',
    });
    expect((await search(outsider, 'astronomie')).lines).toEqual(['community: Club astronomie']);
    expect((await search(member, 'astronomie')).lines.sort()).toEqual([
      'community: Club astronomie',
      'post: Nuit des étoiles astronomie',
    ]);
  });

  test('leaving the community ends it at once', async () => {
    await app.services.db
      .delete(schema.communityMemberships)
      .where(eq(schema.communityMemberships.userId, member.user.id));
    expect((await search(member, 'budget')).totalCount).toBe(2);
  });
});

describe('moderated and unpublished content', () => {
  test('removed, hidden, deleted, scheduled and waiting posts never appear nor count', async () => {
    const c = await createCommunity(app, { name: 'Moderation' });
    const post = (body: string, extra: object = {}) =>
      createPost(app, { authorId: author.id, communityId: c.id, body, hashtags: ['tombola'], ...extra });
    await post('tombola visible #tombola');
    await post('tombola removed #tombola', { moderation: 'removed' });
    await post('tombola hidden #tombola', { moderation: 'hidden' });
    await post('tombola scheduled #tombola', { status: 'scheduled' });
    await post('tombola waiting #tombola', { status: 'pending_approval' });
    const deleted = await post('tombola deleted #tombola');
    await app.services.db
      .update(schema.posts)
      .set({ deletedAt: new Date() })
      .where(eq(schema.posts.id, deleted.id));
    const found = await search(outsider, 'tombola');
    expect(found.lines.sort()).toEqual(['#tombola (1)', 'post: tombola visible #tombola']);
    expect(found.totalCount).toBe(2);
  });

  test('removed comments, and the replies under them, never appear', async () => {
    const post = await createPost(app, { authorId: author.id, body: 'Photos' });
    const removed = await createComment(app, {
      postId: post.id,
      authorId: author.id,
      body: 'kermesse removed',
    });
    await createComment(app, {
      postId: post.id,
      authorId: author.id,
      parentId: removed.id,
      body: 'kermesse reply',
    });
    await createComment(app, { postId: post.id, authorId: author.id, body: 'kermesse kept' });
    await app.services.db
      .update(schema.comments)
      .set({ moderation: 'removed' })
      .where(eq(schema.comments.id, removed.id));
    expect((await search(outsider, 'kermesse')).lines).toEqual(['comment: kermesse kept']);
  });
});

test('a page costs the same number of statements for 10 results as for 60', async () => {
  const c = await createCommunity(app, { name: 'Inventaire club' });
  await app.createUser({ name: 'Inventaire Person' });
  const t0 = Date.UTC(2026, 5, 1);
  for (let i = 0; i < 30; i++) {
    const p = await createPost(app, {
      authorId: author.id,
      communityId: c.id,
      body: `inventaire ${i}`,
      hashtags: ['inventaire'],
      publishedAt: new Date(t0 + 2 * i * 60_000),
    });
    await createComment(app, {
      postId: p.id,
      authorId: author.id,
      body: `inventaire ${i}`,
      createdAt: new Date(t0 + (2 * i + 1) * 60_000),
    });
  }
  const count = async (first: number) => {
    app.queries.length = 0;
    const { search: result } = await outsider.data(SEARCH, { q: 'inventaire', first });
    const kinds = new Set(result.edges.map((e: any) => e.node.__typename));
    expect(kinds).toEqual(
      new Set([
        'PostSearchResult',
        'CommentSearchResult',
        'CommunitySearchResult',
        'PersonSearchResult',
        'HashtagSearchResult',
      ]),
    );
    return app.queries.length;
  };
  const small = await count(10);
  expect(await count(60)).toBe(small);
  expect(small).toBeLessThanOrEqual(8);
});
