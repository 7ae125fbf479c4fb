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

describe('in-app notifications', () => {
  it('tells the people mentioned in a post, never the author about themself', async () => {
    const ana = await person('Ana Lopes');
    const marc = await person('Marc Petit');
    const community = await createCommunity(app, { name: 'Cuisine', members: [{ userId: ana.user.id }] });
    const post = await insertPost(app, { authorId: ana.user.id, communityId: community.id });
    await emit(app, 'post.published', {
      postId: post.id,
      communityId: community.id,
      authorId: ana.user.id,
      mentionedUserIds: [marc.user.id, ana.user.id],
      isAnnouncement: false,
    });
    const { items, unread } = await inbox(marc);
    expect(unread).toBe(1);
    expect(items).toMatchObject([
      {
        kind: 'mention',
        message: 'Ana Lopes mentioned you in a post in Cuisine',
        link: `/posts/${post.id}`,
        actors: [{ name: 'Ana Lopes' }],
        community: { name: 'Cuisine' },
        readAt: null,
      },
    ]);
    expect(items[0]!.post).not.toBeNull();
    expect((await inbox(ana)).items).toEqual([]);
  });

  it('tells the post author about a comment, the comment author about a reply, and mentions in comments', async () => {
    const author = await person('Léa Dubois', 'fr');
    const commenter = await person('Tom Martin');
    const replier = await person('Zoé Bernard');
    const mentioned = await person('Hugo Laurent');
    const post = await insertPost(app, { authorId: author.user.id, communityId: null });
    const comment = await insertComment(app, { postId: post.id, authorId: commenter.user.id });
    await emit(app, 'comment.created', {
      commentId: comment.id,
      postId: post.id,
      parentId: null,
      authorId: commenter.user.id,
      mentionedUserIds: [mentioned.user.id],
    });
    const reply = await insertComment(app, {
      postId: post.id,
      authorId: replier.user.id,
      parentId: comment.id,
    });
    await emit(app, 'comment.created', {
      commentId: reply.id,
      postId: post.id,
      parentId: comment.id,
      authorId: replier.user.id,
      mentionedUserIds: [],
    });
    // Replying under one's own post notifies nobody about oneself.
    const own = await insertComment(app, { postId: post.id, authorId: author.user.id });
    await emit(app, 'comment.created', {
      commentId: own.id,
      postId: post.id,
      parentId: null,
      authorId: author.user.id,
      mentionedUserIds: [],
    });

    expect((await inbox(author)).items.map((i) => i.message)).toEqual([
      'Tom Martin a commenté votre publication',
    ]);
    expect((await inbox(commenter)).items).toMatchObject([
      {
        kind: 'reply',
        message: 'Zoé Bernard replied to your comment',
        link: `/posts/${post.id}#comment-${reply.id}`,
      },
    ]);
    expect((await inbox(mentioned)).items).toMatchObject([
      {
        kind: 'mention',
        message: 'Tom Martin mentioned you in a comment',
        comment: { id: expect.any(String) },
      },
    ]);
  });

  it('groups reactions to one item: "Ana Lopes and 4 others", in the viewer’s language', async () => {
    const author = await person('Camille Roux', 'fr');
    const post = await insertPost(app, { authorId: author.user.id, communityId: null });
    const reactors = [];
    for (const name of ['Paul Henry', 'Inès Faure', 'Jules Perrin', 'Marc Petit', 'Ana Lopes']) {
      const reactor = await app.createUser({ name });
      reactors.push(reactor);
      await emit(app, 'reaction.added', {
        postId: post.id,
        commentId: null,
        userId: reactor.id,
        kind: 'bravo',
      });
    }
    // Changing one's reaction is not a new person.
    await emit(app, 'reaction.added', {
      postId: post.id,
      commentId: null,
      userId: reactors[4]!.id,
      kind: 'like',
    });
    await emit(app, 'reaction.added', {
      postId: post.id,
      commentId: null,
      userId: author.user.id,
      kind: 'like',
    });

    let { items, unread } = await inbox(author);
    expect(unread).toBe(1);
    expect(items).toMatchObject([
      {
        kind: 'reaction',
        actorCount: 5,
        actors: [{ name: 'Ana Lopes' }, { name: 'Marc Petit' }, { name: 'Jules Perrin' }],
        message: 'Ana Lopes et 4 autres ont réagi à votre publication',
      },
    ]);
    const english = await app.client({ locale: 'en' });
    english.cookies = author.cookies;
    await english.data(`mutation { updateProfile(input: { locale: "en" }) { __typename } }`);
    expect((await inbox(author)).items[0]!.message).toBe('Ana Lopes and 4 others reacted to your post');

    // Once read, the next reaction starts a new group.
    await author.data(`mutation { markAllNotificationsRead }`);
    await emit(app, 'reaction.added', {
      postId: post.id,
      commentId: null,
      userId: reactors[0]!.id,
      kind: 'curious',
    });
    ({ items, unread } = await inbox(author));
    expect(unread).toBe(1);
    expect(items.map((i) => [i.message, !!i.readAt])).toEqual([
      ['Paul Henry reacted to your post', false],
      ['Ana Lopes and 4 others reacted to your post', true],
    ]);
  });

  it('tells animators about membership requests, and the requester and invitees about decisions', async () => {
    const owner = await person('Olivia Smith');
    const animator = await person('Noah Brown');
    const member = await person('Emma Wilson');
    const requester = await person('Liam Jones');
    const invitee = await person('Mia Taylor');
    const community = await createCommunity(app, {
      name: 'Data Club',
      visibility: 'private',
      joinPolicy: 'request',
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: animator.user.id, role: 'animator' },
        { userId: member.user.id },
        { userId: requester.user.id, status: 'requested' },
      ],
    });
    await emit(app, 'membership.requested', { communityId: community.id, userId: requester.user.id });
    for (const animating of [owner, animator])
      expect((await inbox(animating)).items).toMatchObject([
        {
          kind: 'membership_request',
          message: 'Liam Jones asked to join Data Club',
          link: `/communities/${community.slug}/members`,
        },
      ]);
    expect((await inbox(member)).items).toEqual([]);

    await emit(app, 'membership.decided', {
      communityId: community.id,
      userId: requester.user.id,
      approved: true,
      actorId: owner.user.id,
    });
    expect((await inbox(requester)).items.map((i) => i.message)).toEqual([
      'Your request to join Data Club was accepted',
    ]);

    const secret = await createCommunity(app, {
      name: 'Projet Hermès',
      visibility: 'secret',
      joinPolicy: 'invitation',
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: invitee.user.id, status: 'invited' },
      ],
    });
    await emit(app, 'membership.invited', {
      communityId: secret.id,
      userIds: [invitee.user.id, member.user.id],
      actorId: owner.user.id,
    });
    expect((await inbox(invitee)).items.map((i) => i.message)).toEqual([
      'Olivia Smith invited you to join Projet Hermès',
    ]);
    // Someone not invited to a secret community must not learn it exists.
    expect((await inbox(member)).items).toEqual([]);
  });

  it('tells members about announcements and reminders, authors about approvals and moderation', async () => {
    const animator = await person('Sophie Bernard');
    const author = await person('Julien Moreau');
    const reader = await person('Thomas Petit');
    const outsider = await person('Nadia Ali');
    const community = await createCommunity(app, {
      name: 'RH France',
      requiresApproval: true,
      members: [
        { userId: animator.user.id, role: 'animator' },
        { userId: author.user.id },
        { userId: reader.user.id },
      ],
    });
    const announcement = await insertPost(app, {
      authorId: animator.user.id,
      communityId: community.id,
      isAnnouncement: true,
    });
    await emit(app, 'post.published', {
      postId: announcement.id,
      communityId: community.id,
      authorId: animator.user.id,
      mentionedUserIds: [],
      isAnnouncement: true,
    });
    expect((await inbox(reader)).items.map((i) => i.message)).toEqual([
      'Sophie Bernard published an announcement to read in RH France',
    ]);
    expect((await inbox(outsider)).items).toEqual([]);
    await reader.data(`mutation { markAllNotificationsRead }`);
    await emit(app, 'announcement.reminded', {
      postId: announcement.id,
      actorId: animator.user.id,
      userIds: [reader.user.id],
    });
    expect((await inbox(reader, { unreadOnly: true })).items.map((i) => i.message)).toEqual([
      'Sophie Bernard reminds you to read an announcement in RH France',
    ]);

    const pending = await app.services.db
      .insert(schema.posts)
      .values({
        authorId: author.user.id,
        communityId: community.id,
        body: 'x',
        bodyHtml: 'x',
        status: 'pending_approval',
      })
      .returning();
    await emit(app, 'post.approval-requested', {
      postId: pending[0]!.id,
      communityId: community.id,
      authorId: author.user.id,
      heldBy: null,
    });
    expect((await inbox(animator)).items).toMatchObject([
      {
        kind: 'approval_request',
        message: 'Julien Moreau submitted a post for approval in RH France',
        link: `/communities/${community.slug}/approvals`,
      },
    ]);
    await emit(app, 'post.approval-decided', {
      postId: pending[0]!.id,
      communityId: community.id,
      authorId: author.user.id,
      approved: false,
      actorId: animator.user.id,
      reason: 'Hors sujet pour cet espace',
    });
    expect((await inbox(author)).items.map((i) => i.message)).toEqual([
      'Your post in RH France was not approved — reason: Hors sujet pour cet espace',
      'Sophie Bernard published an announcement to read in RH France',
    ]);

    const comment = await insertComment(app, { postId: announcement.id, authorId: author.user.id });
    await setModeration(app, 'comments', comment.id, 'removed');
    const [action] = await app.services.db
      .insert(schema.moderationActions)
      .values({
        actorId: animator.user.id,
        action: 'remove',
        communityId: community.id,
        postId: announcement.id,
        commentId: comment.id,
        subjectUserId: author.user.id,
        rule: 'Charte, article 3',
        reason: 'Propos blessants',
      })
      .returning();
    await emit(app, 'moderation.actioned', {
      actionId: action!.id,
      action: 'remove',
      communityId: community.id,
      postId: announcement.id,
      commentId: comment.id,
      subjectUserId: author.user.id,
      actorId: animator.user.id,
    });
    const moderation = (await inbox(author)).items[0]!;
    expect(moderation).toMatchObject({
      kind: 'moderation',
      message:
        'A moderator removed your comment in RH France — rule: Charte, article 3 — reason: Propos blessants',
      actors: [],
      comment: null,
    });
  });
});
