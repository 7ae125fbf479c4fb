import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { moderate, notices } from './support/documents/moderation';
import { createComment, createPost } from './support/documents/posts';
import { gid, search } from './support/documents/search';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let author: SignedInClient;
let animator: SignedInClient;
let ava: { id: string };
let community: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  [author, animator] = await Promise.all([app.signedIn(), app.signedIn()]);
  ava = await app.createUser({ name: 'Ava Thompson' });
  community = await createCommunity(app, {
    name: 'Quais',
    members: [{ userId: animator.user.id, role: 'animator' }, { userId: author.user.id }],
  });
});
afterAll(() => app.close());

const mentioning = (text: string) => `${text} @[Ava Thompson](user:${ava.id}) !`;

describe('a body quoted anywhere shows mentions as names', () => {
  it('in the moderation notices of its author', async () => {
    const post = await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: mentioning('Hors sujet, merci'),
    });
    const comment = await createComment(app, {
      postId: post.id,
      authorId: author.user.id,
      body: mentioning('Et encore'),
    });
    await moderate(animator, {
      commentId: gid('Comment', comment.id),
      action: 'remove',
      reason: 'Hors sujet',
    });
    await moderate(animator, { postId: gid('Post', post.id), action: 'hide', reason: 'À examiner' });
    const excerpts = (await notices(author)).map((n: { excerpt: string }) => n.excerpt);
    expect(excerpts).toEqual(['Hors sujet, merci @Ava Thompson !', 'Et encore @Ava Thompson !']);
  });

  it('in search snippets', async () => {
    await createPost(app, {
      authorId: author.user.id,
      communityId: community.id,
      body: mentioning('Quai de chargement rénové, bravo'),
    });
    const { edges } = await search(author, 'chargement');
    expect(edges).toHaveLength(1);
    expect(edges[0].node.snippet).toContain('@Ava Thompson');
    expect(edges[0].node.snippet).not.toContain('user:');
  });
});
