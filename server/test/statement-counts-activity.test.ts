import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's search page (web/src/pages/search/search.ts). */
const SEARCH = `query($filter: SearchFilter, $first: Int) {
  search(query: "quinoa", filter: $filter, first: $first) {
    totalCount
    edges { node { __typename rank snippet
      ... on PostSearchResult { post { id publishedAt author { id name avatarUrl } community { id slug name } profileUser { id } } }
      ... on CommentSearchResult { comment { id createdAt author { id name avatarUrl }
        post { id community { id slug name } profileUser { id } author { id } } } }
      ... on CommunitySearchResult { community { id slug name kind visibility memberCount description } }
      ... on PersonSearchResult { person { id name title avatarUrl orgUnit { name } } }
      ... on HashtagSearchResult { tag postCount } } }
    pageInfo { hasNextPage endCursor } } }`;

/** The web client's moderation queue (web/src/pages/moderation/queue.ts). */
const QUEUE = `query($first: Int) { moderationQueue(first: $first) {
  totalCount
  edges { node { id kind link moderation reportCount firstReportedAt
    reasons { reason reasonLabel rule ruleLabel count }
    reports { id reasonLabel ruleLabel details createdAt reporter { id name } }
    post { id bodyHtml publishedAt author { id name avatarUrl } }
    comment { id bodyHtml createdAt author { id name avatarUrl } }
    community { id slug name } } }
  pageInfo { hasNextPage endCursor } } }`;

let app: TestApp;
let reader: SignedInClient;
let people: { id: string }[];

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
  people = [];
  for (let i = 0; i < 3; i += 1) people.push(await app.createUser());
});
afterAll(() => app.close());

/** More posts of the reader's than a large page, in a community of theirs. */
const readersPosts = once(async () => {
  const community = await createCommunity(app, { members: [{ userId: reader.user.id }] });
  const posts = [];
  for (let i = 0; i <= LARGE; i += 1)
    posts.push(
      await createPost(app, { authorId: reader.user.id, communityId: community.id, body: `Post ${i}` }),
    );
  return posts;
});

/** Three people reacted to each of the reader's posts. */
const reactions = once(async () => {
  const posts = await readersPosts();
  await app.services.db.insert(schema.notifications).values(
    posts.map((post) => ({
      recipientId: reader.user.id,
      kind: 'reaction' as const,
      actorIds: people.map((p) => p.id),
      actorCount: people.length,
      communityId: post.communityId,
      postId: post.id,
    })),
  );
});

/** A moderator hid each of the reader's posts. */
const hidden = once(async () => {
  const posts = await readersPosts();
  await app.services.db.insert(schema.moderationActions).values(
    posts.map((post) => ({
      actorId: people[0]!.id,
      action: 'hide' as const,
      communityId: post.communityId,
      postId: post.id,
      subjectUserId: reader.user.id,
      reason: 'Off topic',
    })),
  );
});

/** More than a large page of each kind of hit for "quinoa". */
const quinoa = once(async () => {
  const [unit] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'kitchen', name: 'Kitchen', kind: 'team' })
    .returning();
  const author = await app.createUser({ name: 'Chef', orgUnitId: unit!.id });
  const community = await createCommunity(app, { name: 'Cooking' });
  for (let i = 0; i <= LARGE; i += 1) {
    const post = await createPost(app, {
      authorId: author.id,
      communityId: community.id,
      body: `quinoa salad number ${i}`,
      hashtags: [`quinoa${i}`],
    });
    await createComment(app, { postId: post.id, authorId: author.id, body: 'More quinoa please' });
    await createCommunity(app, { name: `Quinoa lovers ${i}` });
    await app.createUser({ name: `Quinoa ${i}`, orgUnitId: unit!.id });
  }
});

const searchCase = (kind: string, complete: (node: any) => boolean): ListCase => ({
  name: `search, ${kind} results`,
  // The first statement parses the words (search/query.ts: parseQuery).
  statements: { post: 5, comment: 5, community: 5, person: 4, hashtag: 3 }[kind]!,
  request: async (first) => {
    await quinoa();
    return { client: reader, query: SEARCH, variables: { filter: { kinds: [kind] }, first } };
  },
  items: (data) => data.search.edges,
  complete: (edge) => complete(edge.node),
});

/** More reported posts and comments than a large page, each reported twice. */
const reported = once(async () => {
  const community = await createCommunity(app);
  for (let i = 0; i <= LARGE; i += 1) {
    const post = await createPost(app, {
      authorId: people[0]!.id,
      communityId: community.id,
      body: 'Buy now',
    });
    const comment = await createComment(app, { postId: post.id, authorId: people[1]!.id, body: 'Spam' });
    for (const target of [{ commentId: null }, { commentId: comment.id }])
      await app.services.db.insert(schema.reports).values(
        [people[1]!, people[2]!].map((reporter) => ({
          reporterId: reporter.id,
          communityId: community.id,
          postId: post.id,
          ...target,
          reason: 'spam',
          details: 'Again',
        })),
      );
  }
});

const cases: ListCase[] = [
  {
    name: 'notifications',
    statements: 3,
    request: async (first) => {
      await reactions();
      return {
        client: reader,
        query: `query($first: Int) { notifications(first: $first) {
          edges { node { id kind message link readAt createdAt urgent actorCount actors { id name avatarUrl } } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.notifications.edges,
    complete: (edge) => edge.node.actors.length === 3,
  },
  {
    name: 'moderation notices',
    statements: 2,
    request: async (first) => {
      await hidden();
      return {
        client: reader,
        query: `query($first: Int) { myModerationNotices(first: $first) {
          edges { node { action reason rule ruleLabel excerpt link suspendedUntil createdAt } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.myModerationNotices.edges,
    complete: (edge) => !!edge.node.link && !!edge.node.excerpt,
  },
  {
    name: 'moderation queue',
    statements: 7,
    request: async (first) => {
      await reported();
      return { client: await admin(), query: QUEUE, variables: { first } };
    },
    items: (data) => data.moderationQueue.edges,
    complete: ({ node }) =>
      node.reports.length === 2 &&
      node.reports.every((r: any) => !!r.reporter.name) &&
      !!node.post.author.name &&
      !!node.community.name &&
      (node.kind === 'post' || !!node.comment.author.name),
  },
  searchCase('post', (n) => !!n.post.author.name && !!n.post.community.name),
  searchCase('comment', (n) => !!n.comment.author.name && !!n.comment.post.community.name),
  searchCase('community', (n) => n.community.name.startsWith('Quinoa')),
  searchCase('person', (n) => n.person.orgUnit?.name === 'Kitchen'),
  searchCase('hashtag', (n) => n.postCount === 1),
];
const admin = once(() => app.signedIn(['admin']));

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
