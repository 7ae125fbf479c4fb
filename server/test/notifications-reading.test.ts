import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { emit, inbox, insertComment, insertPost, setModeration } from './support/fixtures/notifications';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

type Person = SignedInClient;

const person = (name: string, locale = 'en'): Promise<Person> => app.signedIn([], { name, locale });

describe('reading notifications', () => {
  it('marks one or all read, and nobody can mark someone else’s', async () => {
    const author = await person('Rose Garnier');
    const fan = await app.createUser({ name: 'Fan' });
    const posts = await Promise.all(
      [1, 2, 3].map(() => insertPost(app, { authorId: author.user.id, communityId: null })),
    );
    for (const post of posts)
      await emit(app, 'reaction.added', { postId: post.id, commentId: null, userId: fan.id, kind: 'like' });
    const { items } = await inbox(author);
    expect(items).toHaveLength(3);

    const marked = await author.data(
      `mutation($id: ID!) {
      markNotificationRead(id: $id) { __typename ... on MutationMarkNotificationReadSuccess { data { id readAt } } }
    }`,
      { id: items[1]!.id },
    );
    expect(marked.markNotificationRead.data.readAt).toEqual(expect.any(String));
    expect((await inbox(author)).unread).toBe(2);
    expect((await inbox(author, { unreadOnly: true })).items.map((i) => i.id)).toEqual([
      items[0]!.id,
      items[2]!.id,
    ]);

    const stranger = await person('Stranger');
    const refused = await stranger.data(
      `mutation($id: ID!) { markNotificationRead(id: $id) { __typename } }`,
      {
        id: items[0]!.id,
      },
    );
    expect(refused.markNotificationRead.__typename).toBe('NotFoundError');
    expect((await inbox(author)).unread).toBe(2);

    expect((await author.data(`mutation { markAllNotificationsRead }`)).markAllNotificationsRead).toBe(2);
    expect((await inbox(author)).unread).toBe(0);
  });

  it('costs the same number of SQL statements for 10 and 50 notifications', async () => {
    const author = await person('Busy Author');
    const community = await createCommunity(app, { name: 'Busy', members: [{ userId: author.user.id }] });
    for (let i = 0; i < 60; i += 1) {
      const post = await insertPost(app, { authorId: author.user.id, communityId: community.id });
      const commenter = await app.createUser({ name: `Commenter ${i}` });
      const comment = await insertComment(app, { postId: post.id, authorId: commenter.id });
      await emit(app, 'comment.created', {
        commentId: comment.id,
        postId: post.id,
        parentId: null,
        authorId: commenter.id,
        mentionedUserIds: [],
      });
    }
    const count = async (first: number) => {
      app.queries.length = 0;
      const { items } = await inbox(author, { first });
      expect(items).toHaveLength(first);
      // The session, the page, the count, the viewer's memberships, the actors: whatever the page size.
      return app.queries.length;
    };
    expect(await count(10)).toBe(await count(50));
  });
});

describe('privacy', () => {
  it('never tells a non-member about a secret community’s post, and removed content disappears', async () => {
    const author = await person('Secret Keeper');
    const outsider = await person('Curious Outsider');
    const member = await person('Trusted Member');
    const secret = await createCommunity(app, {
      name: 'Comité de direction',
      visibility: 'secret',
      members: [{ userId: author.user.id, role: 'owner' }, { userId: member.user.id }],
    });
    const post = await insertPost(app, { authorId: author.user.id, communityId: secret.id });
    await emit(app, 'post.published', {
      postId: post.id,
      communityId: secret.id,
      authorId: author.user.id,
      mentionedUserIds: [outsider.user.id, member.user.id],
      isAnnouncement: false,
    });
    expect((await inbox(outsider)).items).toEqual([]);
    expect(await app.services.db.$count(schema.notifications)).toBeGreaterThan(0);
    expect((await inbox(member)).unread).toBe(1);

    await setModeration(app, 'posts', post.id, 'removed');
    expect(await inbox(member)).toEqual({ items: [], unread: 0 });
  });

  it('a hidden comment takes its reply and mention notifications away', async () => {
    const author = await person('Post Author');
    const post = await insertPost(app, { authorId: author.user.id, communityId: null });
    const troll = await app.createUser({ name: 'Troll' });
    const comment = await insertComment(app, { postId: post.id, authorId: troll.id });
    await emit(app, 'comment.created', {
      commentId: comment.id,
      postId: post.id,
      parentId: null,
      authorId: troll.id,
      mentionedUserIds: [],
    });
    expect((await inbox(author)).unread).toBe(1);
    await setModeration(app, 'comments', comment.id, 'hidden');
    expect(await inbox(author)).toEqual({ items: [], unread: 0 });
  });
});
