import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { GraphQLResponse, TestApp, TestClient } from './harness';

/** GraphQL documents and helpers shared by the communities tests. */
export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const communityGid = (id: string) => gid('Community', id);
export const userGid = (id: string) => gid('User', id);

export const COMMUNITY_FIELDS = `id slug name description kind visibility joinPolicy requiresApproval memberCount
  archivedAt deletedAt charterUrl coverUrl
  viewerMembership { role status }
  viewerCan { post moderate update manageMembers changeRoles delete join requestMembership }`;

export const COMMUNITY = `query($slug: String!) { community(slug: $slug) { ${COMMUNITY_FIELDS} } }`;
export const COMMUNITIES = `query($filter: CommunityFilter, $first: Int, $after: String) {
  communities(filter: $filter, first: $first, after: $after) {
    edges { node { id slug name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const NODE = `query($id: ID!) { node(id: $id) { id ... on Community { slug name } } }`;
export const MEMBERS = `query($slug: String!, $status: MembershipStatus, $role: CommunityRole) {
  community(slug: $slug) {
    members(first: 50, status: $status, role: $role) { edges { node { role status user { id name } } } }
  }
}`;
export const DISCOVER = `query($first: Int) { discoverCommunities(first: $first) { id slug name } }`;
export const MY_COMMUNITIES = '{ myCommunities { slug name } }';

/** A mutation whose result is a Community, with the typed errors. */
export const communityMutation = (name: string, params: string, args: string) => `
  mutation(${params}) {
    ${name}(${args}) {
      __typename
      ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${COMMUNITY_FIELDS} } }
      ... on ValidationError { message issues { field message } }
      ... on Error { code message }
    }
  }`;

export const CREATE = communityMutation('createCommunity', '$input: CreateCommunityInput!', 'input: $input');
export const UPDATE = communityMutation(
  'updateCommunity',
  '$id: ID!, $input: UpdateCommunityInput!',
  'id: $id, input: $input',
);
export const JOIN = communityMutation('joinCommunity', '$id: ID!', 'id: $id');
export const LEAVE = `mutation($id: ID!) {
  leaveCommunity(id: $id) {
    __typename
    ... on MutationLeaveCommunitySuccess { data { community { ${COMMUNITY_FIELDS} } } }
    ... on Error { code message }
  }
}`;
export const REQUEST = communityMutation('requestMembership', '$id: ID!', 'id: $id');
export const ARCHIVE = communityMutation('archiveCommunity', '$id: ID!', 'id: $id');
export const UNARCHIVE = communityMutation('unarchiveCommunity', '$id: ID!', 'id: $id');
export const RESTORE = communityMutation('restoreCommunity', '$id: ID!', 'id: $id');
export const DECIDE = communityMutation(
  'decideMembershipRequest',
  '$communityId: ID!, $userId: ID!, $approve: Boolean!',
  'communityId: $communityId, userId: $userId, approve: $approve',
);
export const REMOVE = communityMutation(
  'removeMember',
  '$communityId: ID!, $userId: ID!',
  'communityId: $communityId, userId: $userId',
);
export const ATTACH = communityMutation(
  'attachOrgUnits',
  '$communityId: ID!, $orgUnitIds: [ID!]!',
  'communityId: $communityId, orgUnitIds: $orgUnitIds',
);
export const DELETE = `mutation($id: ID!) {
  deleteCommunity(id: $id) { __typename ... on MutationDeleteCommunitySuccess { data } ... on Error { code message } }
}`;
export const CHANGE_ROLE = `mutation($communityId: ID!, $userId: ID!, $role: CommunityRole!) {
  changeMemberRole(communityId: $communityId, userId: $userId, role: $role) {
    __typename
    ... on MutationChangeMemberRoleSuccess { data { role status user { name } } }
    ... on Error { code message }
  }
}`;
export const INVITE = `mutation($communityId: ID!, $userIds: [ID!], $orgUnitIds: [ID!]) {
  inviteToCommunity(communityId: $communityId, userIds: $userIds, orgUnitIds: $orgUnitIds) {
    __typename
    ... on MutationInviteToCommunitySuccess {
      data { invitedCount alreadyMemberCount pendingCount community { memberCount } }
    }
    ... on ValidationError { message issues { field message } }
    ... on Error { code message }
  }
}`;

/** The typed payload of a mutation, or its error as `{ __typename, code, message }`. */
export async function mutate(client: TestClient, document: string, variables: Record<string, unknown>) {
  const result = await client.data(document, variables);
  return Object.values(result)[0] as Record<string, any>;
}

export async function createOrgUnit(
  app: TestApp,
  code: string,
  kind: 'company' | 'country' | 'direction' | 'department' | 'team',
  parentId: string | null = null,
) {
  const [unit] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code, name: code, kind, parentId })
    .returning();
  return unit!;
}

export async function setManager(app: TestApp, userId: string, managerId: string) {
  await app.services.db.update(schema.users).set({ managerId }).where(eq(schema.users.id, userId));
}

export async function deactivate(app: TestApp, userId: string) {
  await app.services.db
    .update(schema.users)
    .set({ status: 'deactivated' })
    .where(eq(schema.users.id, userId));
}

export async function memberCountOf(app: TestApp, communityId: string): Promise<number> {
  const row = await app.services.db.query.communities.findFirst({ where: { id: communityId } });
  return row!.memberCount;
}

export const errorCode = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions?.code as string | undefined;
