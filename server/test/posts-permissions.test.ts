import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { deactivate, gid, post } from './support/fixtures/posts';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

type Visibility = 'public' | 'private' | 'secret';
type Role = 'nonMember' | 'member' | 'animator' | 'owner' | 'admin' | 'deactivated';
const visibilities: Visibility[] = ['public', 'private', 'secret'];
const roles: Role[] = ['nonMember', 'member', 'animator', 'owner', 'admin', 'deactivated'];

/** What each role may do with a post of a community of each visibility. */
const reads = (role: Role, visibility: Visibility) =>
  role !== 'deactivated' && (visibility === 'public' || role !== 'nonMember');
/**
 * Commenting and reacting: members, and anyone signed in when the community is public. Admins read
 * everything (moderation) but take part only where anyone may.
 */
const interacts = (role: Role, visibility: Visibility) =>
  role !== 'deactivated' && (visibility === 'public' || ['member', 'animator', 'owner'].includes(role));

type World = {
  slug: string;
  postId: string;
  commentId: string;
  tag: string;
  clients: Record<Role, TestClient>;
};

let app: TestApp;
const worlds = {} as Record<Visibility, World>;

const REACT = `mutation($postId: ID, $commentId: ID) { react(postId: $postId, commentId: $commentId, kind: bravo) {
  __typename ... on MutationReactSuccess { data { post { reactionCount } } } } }`;

async function buildWorld(visibility: Visibility): Promise<World> {
  const clients = {} as Record<Role, TestClient>;
  for (const role of roles) clients[role] = await app.signedIn(role === 'admin' ? ['admin'] : []);
  const member = (role: 'member' | 'animator' | 'owner', c: TestClient & { user?: { id: string } }) => ({
    userId: (c as TestClient & { user: { id: string } }).user.id,
    role,
  });
  const community = await createCommunity(app, {
    visibility,
    members: [
      member('owner', clients.owner),
      member('animator', clients.animator),
      member('member', clients.member),
      member('member', clients.deactivated),
    ],
  });
  const tag = `matrix${visibility}`;
  const created = await post(clients.owner, {
    communityId: gid('Community', community.id),
    body: `Plan for the quarter #${tag}`,
  });
  const comment = await clients.member.data(
    `mutation($postId: ID!) { addComment(postId: $postId, body: "Great plan") {
      ... on MutationAddCommentSuccess { data { id } } } }`,
    { postId: created.id },
  );
  const commentId = comment.addComment.data.id as string;
  await clients.member.data(REACT, { postId: created.id });
  await clients.animator.data(REACT, { commentId });
  await deactivate(app, (clients.deactivated as TestClient & { user: { id: string } }).user.id);
  return { slug: community.slug, postId: created.id, commentId, tag, clients };
}

beforeAll(async () => {
  app = await createTestApp();
  for (const visibility of visibilities) worlds[visibility] = await buildWorld(visibility);
});
afterAll(() => app.close());

/** Each access path answers one question: does this viewer get to the post (or its parts)? */
async function accessRow(world: World, client: TestClient) {
  const { postId, commentId, slug, tag } = world;
  const feed = await client.gql(
    `query($slug: String!) { community(slug: $slug) { feed(first: 10) { edges { node { id } } } } }`,
    { slug },
  );
  const byId = await client.gql(
    `query($id: ID!) { post(id: $id) { id comments(first: 5) { edges { node { id } } } reactions(first: 5) { edges { node { kind } } } } }`,
    { id: postId },
  );
  const postNode = await client.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: postId });
  const commentNode = await client.gql(
    `query($id: ID!) { node(id: $id) { ... on Comment { id reactions(first: 5) { edges { node { kind } } } } } }`,
    { id: commentId },
  );
  const hashtag = await client.gql(
    `query($tag: String!) { hashtag(name: $tag) { postCount posts(first: 5) { edges { node { id } } } } }`,
    { tag },
  );
  const share = await client.gql(
    `mutation($postId: ID!) { sharePost(postId: $postId, comment: "FYI") { __typename } }`,
    { postId },
  );
  const comment = await client.gql(
    `mutation($postId: ID!) { addComment(postId: $postId, body: "Me too") { __typename } }`,
    { postId },
  );
  return {
    communityFeed: !!feed.data?.community?.feed.edges.some((e: any) => e.node.id === postId),
    postById: byId.data?.post?.id === postId,
    nodeById: postNode.data?.node?.id === postId,
    comments:
      !!byId.data?.post?.comments.edges.some((e: any) => e.node.id === commentId) &&
      commentNode.data?.node?.id === commentId,
    reactionsList:
      byId.data?.post?.reactions.edges[0]?.node.kind === 'bravo' &&
      commentNode.data?.node?.reactions.edges[0]?.node.kind === 'bravo',
    hashtagPage:
      hashtag.data?.hashtag?.postCount === 1 && hashtag.data.hashtag.posts.edges[0]?.node.id === postId,
    share: share.data?.sharePost.__typename === 'MutationSharePostSuccess',
    addComment: comment.data?.addComment.__typename === 'MutationAddCommentSuccess',
  };
}

describe.each(visibilities)('a post in a %s community', (visibility) => {
  it.each(roles)('as %s', async (role) => {
    const world = worlds[visibility];
    const expected = {
      communityFeed: reads(role, visibility),
      postById: reads(role, visibility),
      nodeById: reads(role, visibility),
      comments: reads(role, visibility),
      reactionsList: reads(role, visibility),
      hashtagPage: reads(role, visibility),
      share: reads(role, visibility),
      addComment: interacts(role, visibility),
    };
    expect(await accessRow(world, world.clients[role])).toEqual(expected);
  });
});

describe('a shared post', () => {
  it('shows the original only to those who may read it', async () => {
    const { owner, nonMember } = worlds.private.clients;
    const open = await createCommunity(app, {
      members: [{ userId: (owner as TestClient & { user: { id: string } }).user.id }],
    });
    const shared = await owner.data(
      `mutation($postId: ID!, $communityId: ID) { sharePost(postId: $postId, communityId: $communityId, comment: "Worth a read") {
        ... on MutationSharePostSuccess { data { id } } } }`,
      { postId: worlds.private.postId, communityId: gid('Community', open.id) },
    );
    const id = shared.sharePost.data.id;
    const query = `query($id: ID!) { post(id: $id) { body sharedPost { id body } } }`;
    const asOwner = await owner.data(query, { id });
    expect(asOwner.post).toEqual({
      body: 'Worth a read',
      sharedPost: { id: worlds.private.postId, body: expect.any(String) },
    });
    const asOutsider = await nonMember.data(query, { id });
    expect(asOutsider.post).toEqual({ body: 'Worth a read', sharedPost: null });
  });
});
