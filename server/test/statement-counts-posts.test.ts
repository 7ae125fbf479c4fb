import { schema } from '@levain/db';
import { PostFields } from '@levain/web/fragments';
import { eq } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { gid } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's post card, its own fragment: a field added there is counted here too. */
const POST_FIELDS = '...PostFields';
const withPostFields = (query: string) => `${query}\n${print(PostFields)}`;

const PAGE = `edges { node { ${POST_FIELDS} } } pageInfo { hasNextPage endCursor }`;

let app: TestApp;
let reader: SignedInClient;
/** People who write, comment and react. */
let people: { id: string }[];

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
  people = [];
  for (let i = 0; i < 5; i += 1) people.push(await app.createUser());
});
afterAll(() => app.close());

/** Two attachments, an image and a file. */
async function attach(postId: string, uploadedById: string) {
  const file = { postId, uploadedById, mimeType: 'image/png', sizeBytes: 3 };
  await app.services.db.insert(schema.postAttachments).values([
    { ...file, kind: 'image', name: 'a.png', path: 'a.png', displayPath: 'a.webp', width: 2, height: 2 },
    { ...file, kind: 'file', name: 'b.pdf', path: 'b.pdf', position: 1 },
  ]);
}

/**
 * A post with everything a card shows: attachments, a poll, two commented and reacted comments,
 * reactions, a hashtag, and the post it shares (every other one is an announcement).
 */
async function richPost(input: {
  authorId: string;
  communityId: string;
  sharedPostId: string;
  status?: 'published' | 'pending_approval';
}) {
  const { db } = app.services;
  const post = await createPost(app, { ...input, body: 'A full card', hashtags: ['levain'] });
  const announcement = (await db.$count(schema.posts)) % 2 === 0;
  await db
    .update(schema.posts)
    .set({ sharedPostId: input.sharedPostId, isAnnouncement: announcement, reactionCount: 2 })
    .where(eq(schema.posts.id, post.id));
  await attach(post.id, input.authorId);
  await db.insert(schema.polls).values({ postId: post.id });
  await db.insert(schema.pollOptions).values([
    { postId: post.id, label: 'Yes', position: 0 },
    { postId: post.id, label: 'No', position: 1 },
  ]);
  for (const person of people.slice(0, 2)) {
    const comment = await createComment(app, { postId: post.id, authorId: person.id, body: 'Nice' });
    await db
      .insert(schema.commentReactions)
      .values({ commentId: comment.id, userId: person.id, kind: 'like' });
  }
  await db.insert(schema.postReactions).values([
    { postId: post.id, userId: people[2]!.id, kind: 'bravo' },
    { postId: post.id, userId: reader.user.id, kind: 'like' },
  ]);
  return post;
}

/** More rich posts than a large page, all sharing one post of another community. */
async function richPosts(input: { authorId: string; communityId: string; status?: 'pending_approval' }) {
  const elsewhere = await createCommunity(app);
  const shared = await createPost(app, {
    authorId: people[4]!.id,
    communityId: elsewhere.id,
    body: 'Read this',
  });
  await attach(shared.id, people[4]!.id);
  for (let i = 0; i <= LARGE; i += 1) await richPost({ ...input, sharedPostId: shared.id });
}

/** The reader's community, where one writer published more posts than a large page, all bookmarked. */
const feeds = once(async () => {
  const writer = people[3]!;
  const community = await createCommunity(app, {
    members: [{ userId: reader.user.id }, { userId: writer.id }],
  });
  await richPosts({ authorId: writer.id, communityId: community.id });
  const posts = await app.services.db.query.posts.findMany({ where: { communityId: community.id } });
  await app.services.db
    .insert(schema.bookmarks)
    .values(posts.map((p) => ({ userId: reader.user.id, postId: p.id })));
  return { writer: gid('User', writer.id), slug: community.slug, posts: posts.map((p) => gid('Post', p.id)) };
});

/** Posts waiting for the approval of the reader, an animator of their community. */
const approvals = once(async () => {
  const community = await createCommunity(app, {
    requiresApproval: true,
    members: [{ userId: reader.user.id, role: 'animator' }],
  });
  await richPosts({ authorId: people[3]!.id, communityId: community.id, status: 'pending_approval' });
  return community.slug;
});

/** A post of the editor's, edited `size` times. */
async function editedPost(editor: SignedInClient, size: number) {
  const community = await createCommunity(app, { members: [{ userId: editor.user.id }] });
  const post = await createPost(app, { authorId: editor.user.id, communityId: community.id, body: 'v' });
  await app.services.db.insert(schema.postRevisions).values(
    Array.from({ length: size }, (_, i) => ({
      postId: post.id,
      body: `v${i}`,
      editedById: editor.user.id,
    })),
  );
  return gid('Post', post.id);
}
const editor = once(() => app.signedIn());

const fullCard = (edge: any) =>
  edge.node.attachments.length === 2 &&
  edge.node.poll.options.length === 2 &&
  edge.node.firstComments.length === 2 &&
  edge.node.reactionSummary.length === 2 &&
  edge.node.sharedPost?.attachments.length === 2;

const cases: ListCase[] = [
  {
    name: 'home feed',
    statements: 3,
    request: async (first) => {
      await feeds();
      return {
        client: reader,
        query: withPostFields(`query($first: Int) { feed(first: $first) { ${PAGE} } }`),
        variables: { first },
      };
    },
    items: (data) => data.feed.edges,
    complete: fullCard,
  },
  {
    name: 'community feed',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: withPostFields(
        `query($slug: String!, $first: Int) { community(slug: $slug) { id feed(first: $first) { ${PAGE} } } }`,
      ),
      variables: { slug: (await feeds()).slug, first },
    }),
    items: (data) => data.community.feed.edges,
    complete: fullCard,
  },
  {
    name: 'posts waiting for approval',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: withPostFields(
        `query($slug: String!, $first: Int) { community(slug: $slug) { id pendingPosts(first: $first) { ${PAGE} } } }`,
      ),
      variables: { slug: await approvals(), first },
    }),
    items: (data) => data.community.pendingPosts.edges,
    complete: fullCard,
  },
  {
    name: 'profile feed',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: withPostFields(`query($id: ID!, $first: Int) {
        user(id: $id) { id followedByViewer followerCount posts(first: $first) { ${PAGE} } } }`),
      variables: { id: (await feeds()).writer, first },
    }),
    items: (data) => data.user.posts.edges,
    complete: fullCard,
  },
  {
    name: 'hashtag page',
    statements: 4,
    request: async (first) => {
      await feeds();
      return {
        client: reader,
        query: withPostFields(
          `query($first: Int) { hashtag(name: "levain") { tag postCount posts(first: $first) { ${PAGE} } } }`,
        ),
        variables: { first },
      };
    },
    items: (data) => data.hashtag.posts.edges,
    complete: fullCard,
  },
  {
    name: 'bookmarks',
    statements: 3,
    request: async (first) => {
      await feeds();
      return {
        client: reader,
        query: withPostFields(`query($first: Int) { myBookmarks(first: $first) { ${PAGE} } }`),
        variables: { first },
      };
    },
    items: (data) => data.myBookmarks.edges,
    complete: fullCard,
  },
  {
    name: 'posts by their ids (nodes)',
    statements: 4,
    request: async (size) => ({
      client: reader,
      query: withPostFields(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Post { ${POST_FIELDS} } } }`),
      variables: { ids: (await feeds()).posts.slice(0, size) },
    }),
    items: (data) => data.nodes,
    complete: (node) => fullCard({ node }),
  },
  {
    name: 'revisions of a post',
    statements: 2,
    request: async (size) => {
      const client = await editor();
      return {
        client,
        query: 'query($id: ID!) { post(id: $id) { id revisions { body editedAt } } }',
        variables: { id: await editedPost(client, size) },
      };
    },
    items: (data) => data.post.revisions,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
