import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { MODERATE, moderate, notices, QUEUE, REPORT, report } from './support/documents/moderation';
import { createComment, createPost } from './support/documents/posts';
import { gid } from './support/documents/search';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

type Client = TestClient & { user: { id: string } };

const POST = `query($id: ID!) { post(id: $id) {
  commentCount
  comments { edges { node { body } } }
  moderationNotice { action reason rule }
} }`;

let app: TestApp;
let animator: Client;
let author: Client;
let reporter: Client;
let reporter2: Client;
let bystander: Client;
let admin: Client;
let community: { id: string; slug: string };
const events: Array<[keyof AppEvents, unknown]> = [];

beforeAll(async () => {
  app = await createTestApp();
  [animator, author, reporter, reporter2, bystander, admin] = await Promise.all([
    app.signedIn(),
    app.signedIn(),
    app.signedIn(),
    app.signedIn(),
    app.signedIn(),
    app.signedIn(['admin']),
  ]);
  community = await createCommunity(app, {
    name: 'Cuisine',
    members: [
      { userId: animator.user.id, role: 'animator' },
      { userId: author.user.id },
      { userId: reporter.user.id },
      { userId: bystander.user.id },
    ],
  });
  app.services.events.on('report.created', (p) => void events.push(['report.created', p]));
  app.services.events.on('moderation.actioned', (p) => void events.push(['moderation.actioned', p]));
});
afterAll(async () => {
  await app?.close();
});

const post = (body: string) => createPost(app, { authorId: author.user.id, communityId: community.id, body });
const queue = async (client: TestClient, communityId?: string) =>
  (await client.data(QUEUE, { communityId: communityId && gid('Community', communityId) })).moderationQueue;

describe('reports', () => {
  test('reach the community queue and the org-wide queue, with a deep link to the exact comment', async () => {
    const p = await post('Recette du jour');
    const c = await createComment(app, {
      postId: p.id,
      authorId: author.user.id,
      body: 'Un commentaire déplacé',
    });
    const first = await report(reporter, {
      commentId: gid('Comment', c.id),
      reason: 'harassment',
      details: 'Blessant',
    });
    expect(first).toMatchObject({
      __typename: 'MutationReportContentSuccess',
      data: {
        reason: 'harassment',
        reasonLabel: 'Harassment or hurtful words',
        details: 'Blessant',
        status: 'open',
      },
    });
    // Reporting again finds the open report: one per person and item.
    expect((await report(reporter, { commentId: gid('Comment', c.id), reason: 'spam' })).data.id).toBe(
      first.data.id,
    );
    await report(reporter2, { commentId: gid('Comment', c.id), reason: 'spam' });
    await app.services.events.settled();
    expect(events.filter(([name]) => name === 'report.created')).toHaveLength(2);

    const item = {
      id: c.id,
      kind: 'comment',
      link: `/communities/${community.slug}/posts/${p.id}#comment-${c.id}`,
      moderation: 'visible',
      reportCount: 2,
      reasons: [
        {
          reason: 'harassment',
          reasonLabel: 'Harassment or hurtful words',
          rule: null,
          ruleLabel: null,
          count: 1,
        },
        { reason: 'spam', reasonLabel: 'Spam or advertising', rule: null, ruleLabel: null, count: 1 },
      ],
      post: { body: 'Recette du jour' },
      comment: { body: 'Un commentaire déplacé' },
      community: { name: 'Cuisine' },
    };
    const mine = await queue(animator, community.id);
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject(item);
    expect(mine.edges[0].node.reports.map((r: any) => r.reason)).toEqual(['harassment', 'spam']);
    const everywhere = await queue(admin);
    expect(everywhere.edges.map((e: any) => e.node)).toContainEqual(expect.objectContaining(item));
  });

  test('a report on a post of a profile goes to the org-wide queue only', async () => {
    const p = await createPost(app, { authorId: author.user.id, body: 'Mon profil' });
    await report(reporter, { postId: gid('Post', p.id), reason: 'off_topic' });
    const items = (await queue(admin)).edges.map((e: any) => e.node);
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'post',
        link: `/people/${author.user.id}/posts/${p.id}`,
        community: null,
      }),
    );
  });

  test('only readers may report; reasons come from the list', async () => {
    const secret = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: author.user.id }],
    });
    const hidden = await createPost(app, {
      authorId: author.user.id,
      communityId: secret.id,
      body: 'Secret',
    });
    expect(await report(bystander, { postId: gid('Post', hidden.id), reason: 'spam' })).toMatchObject({
      __typename: 'NotFoundError',
    });
    const p = await post('Visible');
    const unknown = await report(bystander, { postId: gid('Post', p.id), reason: 'boring' });
    expect(unknown.issues).toEqual([{ field: 'reason', message: 'Choose a reason from the list.' }]);
    const cited = await report(bystander, { postId: gid('Post', p.id), reason: 'other', rule: 'charter:1' });
    expect(cited.issues).toEqual([{ field: 'rule', message: 'This rule does not exist (any more) here.' }]);
  });
});

describe('who moderates', () => {
  test('a member who is not an animator sees no queue and cannot act; animators have no org-wide queue', async () => {
    const p = await post('Un post signalé');
    await report(reporter, { postId: gid('Post', p.id), reason: 'spam' });
    for (const [client, communityId] of [
      [bystander, community.id],
      [bystander, undefined],
      [animator, undefined],
    ] as const) {
      const refused = await client.gql(QUEUE, { communityId: communityId && gid('Community', communityId) });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    }
    const attempt = await moderate(bystander, { postId: gid('Post', p.id), action: 'remove', reason: 'Non' });
    expect(attempt.__typename).toBe('NotAllowedError');
    // Admins moderate every community, alongside its animators.
    const byAdmin = await moderate(admin, {
      postId: gid('Post', p.id),
      action: 'hide',
      reason: 'À examiner',
    });
    expect(byAdmin).toMatchObject({ __typename: 'MutationModerateSuccess', data: { action: 'hide' } });
  });

  test('nobody decides a report about their own content: another animator or an admin does', async () => {
    const own = await createPost(app, {
      authorId: animator.user.id,
      communityId: community.id,
      body: 'Un post de l’animatrice, signalé',
    });
    const ownComment = await createComment(app, {
      postId: own.id,
      authorId: animator.user.id,
      body: 'Sa réponse, signalée aussi',
    });
    const filed = await report(reporter, { postId: gid('Post', own.id), reason: 'off_topic' });
    await report(reporter, { commentId: gid('Comment', ownComment.id), reason: 'off_topic' });

    const ownIds = [own.id, ownComment.id];
    const mine = await queue(animator, community.id);
    expect(mine.edges.filter((e: any) => ownIds.includes(e.node.id))).toEqual([]);
    for (const input of [
      { reportId: filed.data.id, action: 'dismiss', reason: 'Rien à redire' },
      { postId: gid('Post', own.id), action: 'hide', reason: 'Je masque' },
      { commentId: gid('Comment', ownComment.id), action: 'remove', reason: 'Je retire' },
    ])
      expect((await moderate(animator, input)).__typename).toBe('NotAllowedError');

    const adminQueue = await queue(admin, community.id);
    expect(adminQueue.edges.filter((e: any) => ownIds.includes(e.node.id))).toHaveLength(2);
    const decided = await moderate(admin, {
      reportId: filed.data.id,
      action: 'dismiss',
      reason: 'Rien à redire',
    });
    expect(decided.__typename).toBe('MutationModerateSuccess');
  });
});

describe('actions', () => {
  test('remove: the comment leaves the post and its count; its author reads why; all is audited', async () => {
    const p = await post('Sortie vélo');
    const c = await createComment(app, { postId: p.id, authorId: author.user.id, body: 'Propos injurieux' });
    await createComment(app, { postId: p.id, authorId: bystander.user.id, body: 'Reply', parentId: c.id });
    await createComment(app, { postId: p.id, authorId: bystander.user.id, body: 'Super idée' });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post.commentCount).toBe(3);
    const { data: r } = await report(reporter, { commentId: gid('Comment', c.id), reason: 'harassment' });

    const done = await moderate(animator, {
      reportId: r.id,
      action: 'remove',
      reason: 'Insulte envers un collègue',
    });
    expect(done).toMatchObject({ __typename: 'MutationModerateSuccess', data: { action: 'remove' } });
    const seen = (await bystander.data(POST, { id: gid('Post', p.id) })).post;
    expect(seen.commentCount).toBe(1);
    expect(seen.comments.edges.map((e: any) => e.node.body)).toEqual(['Super idée']);

    expect((await notices(author))[0]).toMatchObject({
      action: 'remove',
      reason: 'Insulte envers un collègue',
      link: `/communities/${community.slug}/posts/${p.id}#comment-${c.id}`,
      excerpt: 'Propos injurieux',
    });
    expect(await notices(bystander)).toEqual([]);
    const [stored] = await app.services.db.select().from(schema.reports).where(eq(schema.reports.id, r.id));
    expect(stored).toMatchObject({ status: 'actioned' });
    expect(stored!.firstActionAt).not.toBeNull();

    const audit = await admin.data(
      '{ auditLog(first: 5) { edges { node { action subjectId details actor { id } } } } }',
    );
    expect(audit.auditLog.edges.map((e: any) => e.node)).toContainEqual({
      action: 'moderation.remove',
      subjectId: c.id,
      actor: { id: gid('User', animator.user.id) },
      details: expect.objectContaining({ reason: 'Insulte envers un collègue', reportId: r.id }),
    });
    await app.services.events.settled();
    expect(events).toContainEqual([
      'moderation.actioned',
      expect.objectContaining({ action: 'remove', commentId: c.id, subjectUserId: author.user.id }),
    ]);

    await moderate(animator, { commentId: gid('Comment', c.id), action: 'restore', reason: 'Erreur' });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post.commentCount).toBe(3);
  });

  test('a removed post: its author sees the notice, others no longer see the post', async () => {
    const p = await post('Annonce hors charte');
    await moderate(animator, { postId: gid('Post', p.id), action: 'remove', reason: 'Publicité' });
    expect((await author.data(POST, { id: gid('Post', p.id) })).post.moderationNotice).toEqual({
      action: 'remove',
      reason: 'Publicité',
      rule: null,
    });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post).toBeNull();
    const again = await moderate(animator, { postId: gid('Post', p.id), action: 'remove', reason: 'Encore' });
    expect(again.issues).toEqual([{ field: 'action', message: 'This item is already removed.' }]);
  });

  test('hide pending review, then dismiss: the post comes back and the queue empties', async () => {
    const p = await post('Post discutable');
    await report(reporter, { postId: gid('Post', p.id), reason: 'off_topic' });
    await moderate(animator, { postId: gid('Post', p.id), action: 'hide', reason: 'À vérifier' });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post).toBeNull();
    const waiting = (await queue(animator, community.id)).edges.map((e: any) => e.node);
    expect(waiting).toContainEqual(expect.objectContaining({ id: p.id, moderation: 'hidden' }));

    await moderate(animator, { postId: gid('Post', p.id), action: 'dismiss', reason: 'Rien à redire' });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post).not.toBeNull();
    const after = (await queue(animator, community.id)).edges.map((e: any) => e.node.id);
    expect(after).not.toContain(p.id);
  });

  test('warn: the author is told, the content stays', async () => {
    const p = await post('Ton un peu vif');
    await moderate(animator, { postId: gid('Post', p.id), action: 'warn', reason: 'Restons courtois' });
    expect((await notices(author))[0]).toMatchObject({ action: 'warn', reason: 'Restons courtois' });
    expect((await bystander.data(POST, { id: gid('Post', p.id) })).post).not.toBeNull();
  });

  test('suspend: the member cannot post nor comment until the end of the period', async () => {
    const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { __typename } }`;
    const COMMENT = `mutation($postId: ID!) { addComment(postId: $postId, body: "Je reviens") { __typename } }`;
    const p = await post('Troisième dérapage');
    const missing = await moderate(animator, {
      postId: gid('Post', p.id),
      action: 'suspend',
      reason: 'Récidive',
    });
    expect(missing.issues).toEqual([
      { field: 'suspendDays', message: 'A suspension lasts from 1 to 365 days.' },
    ]);
    const done = await moderate(animator, {
      postId: gid('Post', p.id),
      action: 'suspend',
      reason: 'Récidive',
      suspendDays: 7,
    });
    expect(new Date(done.data.suspendedUntil).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const input = { communityId: gid('Community', community.id), body: 'Me revoilà' };
    expect((await author.data(CREATE, { input })).createPost.__typename).toBe('NotAllowedError');
    expect((await author.data(COMMENT, { postId: gid('Post', p.id) })).addComment.__typename).toBe(
      'NotAllowedError',
    );
    expect((await notices(author))[0]).toMatchObject({ action: 'suspend', reason: 'Récidive' });

    // The period ends.
    await app.services.db
      .update(schema.communityMemberships)
      .set({ suspendedUntil: new Date(Date.now() - 60_000) })
      .where(eq(schema.communityMemberships.userId, author.user.id));
    expect((await author.data(CREATE, { input })).createPost.__typename).toBe('MutationCreatePostSuccess');
  });

  test('a post on a profile cannot lead to a community suspension', async () => {
    const p = await createPost(app, { authorId: author.user.id, body: 'Sur mon profil' });
    const refused = await admin.data(MODERATE, {
      input: { postId: gid('Post', p.id), action: 'suspend', reason: 'x', suspendDays: 3 },
    });
    expect(refused.moderate.issues).toEqual([
      {
        field: 'action',
        message: 'A suspension applies to a community: this post is on a profile, which has none.',
      },
    ]);
  });

  test('a report id that does not exist is not found', async () => {
    const result = await animator.data(MODERATE, {
      input: { reportId: '00000000-0000-4000-8000-000000000000', action: 'dismiss', reason: 'x' },
    });
    expect(result.moderate.__typename).toBe('NotFoundError');
    expect((await animator.gql(REPORT, { input: { reason: 'spam' } })).data?.reportContent.issues).toEqual([
      { field: 'postId', message: 'Give either a post or a comment.' },
    ]);
  });
});
