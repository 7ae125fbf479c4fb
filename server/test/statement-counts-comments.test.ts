import { schema } from '@levain/db';
import { CommentFields } from '@levain/web/fragments';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { gid } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's comment, its own fragment: a field added there is counted here too. */
const COMMENT_FIELDS = '...CommentFields';
const withCommentFields = (query: string) => `${query}\n${print(CommentFields)}`;

/** The web client's list of who reacted (web/src/pages/posts/who-reacted.ts). */
const REACTIONS = `edges { node { kind reactedAt user { id name avatarUrl } } } pageInfo { hasNextPage endCursor }`;

let app: TestApp;
let reader: SignedInClient;
/** More people than a large page: each comments, replies and reacts. */
let people: { id: string }[];

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
  people = [];
  for (let i = 0; i <= LARGE; i += 1) people.push(await app.createUser());
});
afterAll(() => app.close());

/**
 * A post with more comments than a page, the first with more replies; everyone reacted to the
 * post and to that first comment, and each to their own comment and reply.
 */
const discussion = once(async () => {
  const { db } = app.services;
  const community = await createCommunity(app);
  const post = await createPost(app, { authorId: people[5]!.id, communityId: community.id, body: 'Ideas?' });
  let thread = '';
  for (const person of people) {
    const comment = await createComment(app, { postId: post.id, authorId: person.id, body: 'Agreed' });
    thread ||= comment.id;
    const reply = await createComment(app, {
      postId: post.id,
      authorId: person.id,
      body: 'Yes',
      parentId: thread,
    });
    await db
      .insert(schema.commentReactions)
      .values([
        { commentId: thread, userId: person.id, kind: 'curious' },
        ...(comment.id === thread
          ? []
          : [{ commentId: comment.id, userId: person.id, kind: 'like' as const }]),
        { commentId: reply.id, userId: person.id, kind: 'like' },
      ]);
    await db.insert(schema.postReactions).values({ postId: post.id, userId: person.id, kind: 'support' });
  }
  return { post: gid('Post', post.id), thread: gid('Comment', thread) };
});

const reactedComment = (edge: any) => edge.node.reactionSummary.length > 0 && !!edge.node.author.name;
const reactor = (edge: any) => !!edge.node.user.name;

const cases: ListCase[] = [
  {
    name: 'comments of a post',
    statements: 2,
    request: async (first) => ({
      client: reader,
      query: withCommentFields(`query($id: ID!, $first: Int) {
        post(id: $id) { id comments(first: $first) { edges { node { ${COMMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`),
      variables: { id: (await discussion()).post, first },
    }),
    items: (data) => data.post.comments.edges,
    complete: reactedComment,
  },
  {
    name: 'replies to a comment',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: withCommentFields(`query($id: ID!, $first: Int) { node(id: $id) { ... on Comment {
        id replies(first: $first) { edges { node { ${COMMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } } } }`),
      variables: { id: (await discussion()).thread, first },
    }),
    items: (data) => data.node.replies.edges,
    complete: reactedComment,
  },
  {
    name: 'who reacted to a post',
    statements: 2,
    request: async (first) => ({
      client: reader,
      query: `query($id: ID!, $first: Int) { post(id: $id) { id reactions(first: $first) { ${REACTIONS} } } }`,
      variables: { id: (await discussion()).post, first },
    }),
    items: (data) => data.post.reactions.edges,
    complete: reactor,
  },
  {
    name: 'who reacted to a comment',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: `query($id: ID!, $first: Int) { node(id: $id) { ... on Comment { id reactions(first: $first) { ${REACTIONS} } } } }`,
      variables: { id: (await discussion()).thread, first },
    }),
    items: (data) => data.node.reactions.edges,
    complete: reactor,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
