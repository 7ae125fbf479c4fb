import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { gid } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's community card (web/src/pages/communities/documents.ts). */
const CARD = `id slug name description kind visibility joinPolicy coverUrl archivedAt deletedAt memberCount
  viewerMembership { role status }
  viewerCan { join requestMembership post moderate update delete manageMembers changeRoles }`;

const MEMBERS = `query($slug: String!, $status: MembershipStatus, $first: Int) {
  community(slug: $slug) { id members(first: $first, status: $status) {
    edges { node { role status joinedAt suspendedUntil user { id name title avatarUrl } } }
    pageInfo { hasNextPage endCursor } } } }`;

const PAGE = `query($slug: String!) { community(slug: $slug) {
  ${CARD} charterUrl requiresApproval createdAt parent { id slug name }
  subCommunities { id slug name visibility memberCount } orgUnits { id name } } }`;

let app: TestApp;
let reader: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
});
afterAll(() => app.close());

/** More communities than a large page, the reader a member of each. */
const directory = once(async () => {
  const communities = [];
  for (let i = 0; i <= LARGE; i += 1)
    communities.push(await createCommunity(app, { members: [{ userId: reader.user.id }] }));
  return communities;
});

/** Communities where the reader animates more active members, requests and invitations than a page. */
const memberships = once(async () => {
  const slugs = { active: '', requested: '', invited: '' };
  const people = [];
  for (let i = 0; i <= LARGE; i += 1) people.push(await app.createUser());
  for (const status of ['active', 'requested', 'invited'] as const) {
    const community = await createCommunity(app, {
      joinPolicy: 'request',
      members: [
        { userId: reader.user.id, role: 'animator' },
        ...people.map((p) => ({ userId: p.id, status })),
      ],
    });
    slugs[status] = community.slug;
  }
  return slugs;
});

/** A community the reader belongs to, with `size` sub-communities and `size` org units. */
async function parentOf(size: number) {
  const { db } = app.services;
  const parent = await createCommunity(app, { members: [{ userId: reader.user.id }] });
  for (let i = 0; i < size; i += 1) {
    const child = await createCommunity(app);
    await db
      .update(schema.communities)
      .set({ parentId: parent.id })
      .where(eq(schema.communities.id, child.id));
    const [unit] = await db
      .insert(schema.orgUnits)
      .values({ code: `unit-${child.slug}`, name: `Unit ${i}`, kind: 'team' })
      .returning();
    await db.insert(schema.communityOrgUnits).values({ communityId: parent.id, orgUnitId: unit!.id });
  }
  return parent.slug;
}

const membersCase = (name: string, status: 'active' | 'requested' | 'invited'): ListCase => ({
  name,
  statements: 3,
  request: async (first) => ({
    client: reader,
    query: MEMBERS,
    variables: { slug: (await memberships())[status], status, first },
  }),
  items: (data) => data.community.members.edges,
  complete: (edge) => edge.node.status === status && !!edge.node.user.name,
});

const cases: ListCase[] = [
  {
    name: 'communities',
    statements: 4,
    request: async (first) => {
      await directory();
      return {
        client: reader,
        query: `query($first: Int) { communities(first: $first) { edges { node { ${CARD} } } pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.communities.edges,
    complete: (edge) => edge.node.viewerMembership?.status === 'active',
  },
  {
    name: 'my communities',
    statements: 4,
    request: async (size) => {
      const client = await app.signedIn();
      const communities = (await directory()).slice(0, size);
      await app.services.db
        .insert(schema.communityMemberships)
        .values(communities.map((c) => ({ communityId: c.id, userId: client.user.id })));
      return { client, query: `{ myCommunities { ${CARD} } }` };
    },
    items: (data) => data.myCommunities,
    complete: (community) => community.viewerMembership?.status === 'active',
  },
  {
    name: 'communities to discover',
    statements: 3,
    request: async (first) => {
      await directory();
      return {
        client: await app.signedIn(),
        query: `query($first: Int) { discoverCommunities(first: $first) { ${CARD} } }`,
        variables: { first },
      };
    },
    items: (data) => data.discoverCommunities,
    complete: (community) => community.viewerCan.join,
  },
  {
    name: 'communities by their ids (nodes)',
    statements: 5,
    request: async (size) => ({
      client: reader,
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Community { ${CARD} } } }`,
      variables: { ids: (await directory()).slice(0, size).map((c) => gid('Community', c.id)) },
    }),
    items: (data) => data.nodes,
    complete: (community) => community.viewerMembership?.status === 'active',
  },
  membersCase('members of a community', 'active'),
  membersCase('requests to join a community', 'requested'),
  membersCase('invitations to a community', 'invited'),
  {
    name: 'sub-communities on a community page',
    statements: 4,
    request: async (size) => ({ client: reader, query: PAGE, variables: { slug: await parentOf(size) } }),
    items: (data) => data.community.subCommunities,
    complete: (child) => child.visibility === 'public',
  },
  {
    name: 'org units on a community page',
    statements: 4,
    request: async (size) => ({ client: reader, query: PAGE, variables: { slug: await parentOf(size) } }),
    items: (data) => data.community.orgUnits,
    complete: (unit) => !!unit.name,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
