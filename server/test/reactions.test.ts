import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { allPages, gid, outcome, post, rawId } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
const added: AppEvents['reaction.added'][] = [];
beforeAll(async () => {
  app = await createTestApp();
  app.services.events.on('reaction.added', (e) => void added.push(e));
});
afterAll(() => app.close());

const REACT = `mutation($postId: ID, $commentId: ID, $kind: ReactionKind!) {
  react(postId: $postId, commentId: $commentId, kind: $kind) {
    __typename
    ... on MutationReactSuccess { data {
      post { reactionCount reactionSummary { kind count } viewerReaction }
      comment { reactionCount reactionSummary { kind count } viewerReaction }
    } }
    ... on ValidationError { issues { field } }
  }
}`;
const UNREACT = `mutation($postId: ID, $commentId: ID) { unreact(postId: $postId, commentId: $commentId) {
  ... on MutationUnreactSuccess { data { post { reactionCount viewerReaction reactionSummary { kind count } } } } } }`;

describe('reactions', () => {
  it('keeps one reaction per person; a new kind replaces the old one', async () => {
    const author = await app.signedIn();
    const fans = [await app.signedIn(), await app.signedIn()];
    const p = await post(author, { body: 'We shipped the new onboarding!' });
    await fans[0]!.data(REACT, { postId: p.id, kind: 'bravo' });
    await fans[1]!.data(REACT, { postId: p.id, kind: 'bravo' });
    const changed = await fans[0]!.data(REACT, { postId: p.id, kind: 'insightful' });
    expect(changed.react.data.post).toEqual({
      reactionCount: 2,
      reactionSummary: [
        { kind: 'bravo', count: 1 },
        { kind: 'insightful', count: 1 },
      ],
      viewerReaction: 'insightful',
    });
    const undone = await fans[1]!.data(UNREACT, { postId: p.id });
    expect(undone.unreact.data.post).toEqual({
      reactionCount: 1,
      viewerReaction: null,
      reactionSummary: [{ kind: 'insightful', count: 1 }],
    });
    // Undoing twice changes nothing.
    expect((await fans[1]!.data(UNREACT, { postId: p.id })).unreact.data.post.reactionCount).toBe(1);
    await app.services.events.settled();
    expect(added.filter((e) => e.postId === rawId(p.id)).map((e) => e.kind)).toEqual(['bravo', 'bravo']);
  });

  it('works the same on comments', async () => {
    const author = await app.signedIn();
    const p = await post(author, { body: 'Question of the day' });
    const c = await author.data(
      `mutation($postId: ID!) { addComment(postId: $postId, body: "My answer") { ... on MutationAddCommentSuccess { data { id } } } }`,
      { postId: p.id },
    );
    const commentId = c.addComment.data.id;
    const reacted = await author.data(REACT, { commentId, kind: 'curious' });
    expect(reacted.react.data.comment).toEqual({
      reactionCount: 1,
      reactionSummary: [{ kind: 'curious', count: 1 }],
      viewerReaction: 'curious',
    });
    expect(reacted.react.data.post.reactionCount).toBe(0);
    await app.services.events.settled();
    expect(added.find((e) => e.commentId === rawId(commentId))).toMatchObject({
      postId: rawId(p.id),
      kind: 'curious',
    });
  });

  it('lists who reacted, by kind, page after page', async () => {
    const author = await app.signedIn();
    const p = await post(author, { body: 'All hands recording is online' });
    const people = await Promise.all(
      Array.from({ length: 9 }, (_, i) => app.createUser({ name: `Reader ${i}` })),
    );
    // Same instant for all: the cursor must still tell them apart.
    const at = new Date('2026-03-02T08:00:00Z');
    await app.services.db.insert(schema.postReactions).values(
      people.map((person, i) => ({
        postId: rawId(p.id),
        userId: person.id,
        kind: i % 3 ? ('like' as const) : ('support' as const),
        createdAt: at,
      })),
    );
    const LIST = `query($id: ID!, $kind: ReactionKind, $first: Int, $after: String) { post(id: $id) {
      reactions(kind: $kind, first: $first, after: $after) { edges { node { kind user { id } } } pageInfo { hasNextPage endCursor } }
    } }`;
    const pick = (d: any) => ({
      edges: d.post.reactions.edges.map((e: any) => ({ node: { id: e.node.user.id } })),
      pageInfo: d.post.reactions.pageInfo,
    });
    const everyone = await allPages(author, LIST, pick, { id: p.id }, 2);
    expect(new Set(everyone).size).toBe(9);
    const supporters = await allPages(author, LIST, pick, { id: p.id, kind: 'support' }, 2);
    expect(supporters.sort()).toEqual(
      [people[0]!.id, people[3]!.id, people[6]!.id].map((id) => gid('User', id)).sort(),
    );
  });

  it('needs exactly one target', async () => {
    const author = await app.signedIn();
    const p = await post(author, { body: 'Target practice' });
    expect(await outcome(author, REACT, { kind: 'like' })).toBe('ValidationError');
    expect(await outcome(author, REACT, { postId: p.id, commentId: p.id, kind: 'like' })).toBe(
      'ValidationError',
    );
    expect(await outcome(author, REACT, { commentId: p.id, kind: 'like' })).toBe('NotFoundError');
  });
});
