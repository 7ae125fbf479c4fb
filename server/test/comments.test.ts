import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { allPages, gid, outcome, post, rawId } from './support/fixtures/posts';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

let app: TestApp;
const created: AppEvents['comment.created'][] = [];
beforeAll(async () => {
  app = await createTestApp();
  app.services.events.on('comment.created', (e) => void created.push(e));
});
afterAll(() => app.close());

const ADD = `mutation($postId: ID!, $body: String!, $parentId: ID) {
  addComment(postId: $postId, body: $body, parentId: $parentId) {
    __typename ... on MutationAddCommentSuccess { data { id body bodyHtml isReply } } ... on Error { message }
  }
}`;

async function comment(client: TestClient, postId: string, body: string, parentId?: string) {
  const result = await client.data(ADD, { postId, body, parentId });
  return result.addComment.data as { id: string; body: string; bodyHtml: string; isReply: boolean };
}

const THREAD = `query($id: ID!) { post(id: $id) {
  commentCount
  firstComments { body }
  comments(first: 10) { edges { node { id body replyCount replies(first: 10) { edges { node { body } } } } } }
} }`;

describe('comments', () => {
  it('keeps one level of replies: a reply to a reply joins its thread', async () => {
    const author = await app.signedIn();
    const colleague = await app.signedIn();
    const community = await createCommunity(app, {
      members: [{ userId: author.user.id }, { userId: colleague.user.id }],
    });
    const p = await post(author, {
      communityId: gid('Community', community.id),
      body: 'Lunch & learn on Friday?',
    });
    const first = await comment(colleague, p.id, 'Count me in');
    const reply = await comment(author, p.id, `Great, @[you](user:${colleague.user.id})`, first.id);
    const replyToReply = await comment(colleague, p.id, 'See you there', reply.id);
    await comment(author, p.id, 'Room 4B');
    await comment(colleague, p.id, 'Bring snacks');
    expect(replyToReply.isReply).toBe(true);

    const { post: thread } = await author.data(THREAD, { id: p.id });
    expect(thread.commentCount).toBe(5);
    expect(thread.firstComments.map((c: any) => c.body)).toEqual(['Count me in', 'Room 4B']);
    expect(thread.comments.edges.map((e: any) => [e.node.body, e.node.replyCount])).toEqual([
      ['Count me in', 2],
      ['Room 4B', 0],
      ['Bring snacks', 0],
    ]);
    expect(thread.comments.edges[0].node.replies.edges.map((e: any) => e.node.body)).toEqual([
      expect.stringContaining('Great'),
      'See you there',
    ]);

    await app.services.events.settled();
    const event = created.find((e) => e.commentId === rawId(replyToReply.id));
    expect(event).toMatchObject({
      parentId: rawId(first.id),
      postId: rawId(p.id),
      authorId: colleague.user.id,
    });
    expect(created.find((e) => e.commentId === rawId(reply.id))?.mentionedUserIds).toEqual([
      colleague.user.id,
    ]);
  });

  it('pages through comments oldest first', async () => {
    const author = await app.signedIn();
    const p = await post(author, { body: 'Ideas for the intranet?' });
    for (let i = 1; i <= 7; i += 1) await comment(author, p.id, `Idea ${i}`);
    const pages = await allPages(
      author,
      `query($id: ID!, $first: Int, $after: String) { post(id: $id) { comments(first: $first, after: $after) {
        edges { node { id body } } pageInfo { hasNextPage endCursor } } } }`,
      (d) => d.post.comments,
      { id: p.id },
      3,
    );
    expect(pages).toHaveLength(7);
    const bodies = await Promise.all(
      pages.map(
        async (id) =>
          (await author.data(`query($id: ID!) { node(id: $id) { ... on Comment { body } } }`, { id })).node
            .body,
      ),
    );
    expect(bodies).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Idea ${i}`));
  });

  it('lets authors edit, and authors or animators delete (replies go with their comment)', async () => {
    const author = await app.signedIn();
    const colleague = await app.signedIn();
    const animator = await app.signedIn();
    const community = await createCommunity(app, {
      members: [
        { userId: author.user.id },
        { userId: colleague.user.id },
        { userId: animator.user.id, role: 'animator' },
      ],
    });
    const p = await post(author, { communityId: gid('Community', community.id), body: 'Feedback welcome' });
    const c1 = await comment(colleague, p.id, 'Looks good **overall**');
    const reply = await comment(author, p.id, 'Thanks!', c1.id);
    const c2 = await comment(colleague, p.id, 'One typo');

    const update = `mutation($id: ID!, $body: String!) { updateComment(id: $id, body: $body) {
      __typename ... on MutationUpdateCommentSuccess { data { body bodyHtml editedAt } } } }`;
    expect(await outcome(author, update, { id: c2.id, body: 'hacked' })).toBe('NotAllowedError');
    const edited = await colleague.data(update, { id: c2.id, body: 'Two *typos*' });
    expect(edited.updateComment.data).toMatchObject({
      bodyHtml: '<p>Two <em>typos</em></p>',
      editedAt: expect.any(String),
    });

    const remove = `mutation($id: ID!) { deleteComment(id: $id) { __typename } }`;
    expect(await outcome(author, remove, { id: c2.id })).toBe('NotAllowedError');
    expect(await outcome(animator, remove, { id: c1.id })).toBe('MutationDeleteCommentSuccess');
    const { post: thread } = await author.data(THREAD, { id: p.id });
    expect(thread.commentCount).toBe(1);
    expect(thread.comments.edges.map((e: any) => e.node.body)).toEqual(['Two *typos*']);
    for (const gone of [c1, reply])
      expect(
        (await author.data(`query($id: ID!) { node(id: $id) { id } }`, { id: gone.id })).node,
      ).toBeNull();
  });

  it('refuses comments where the viewer may not take part', async () => {
    const insider = await app.signedIn();
    const outsider = await app.signedIn();
    const community = await createCommunity(app, {
      visibility: 'private',
      members: [{ userId: insider.user.id }],
    });
    const p = await post(insider, { communityId: gid('Community', community.id), body: 'Members only' });
    expect(await outcome(outsider, ADD, { postId: p.id, body: 'Let me in' })).toBe('NotFoundError');
    const empty = await insider.gql(ADD, { postId: p.id, body: '   ' });
    expect(empty.data?.addComment.__typename).toBe('ValidationError');
  });
});
