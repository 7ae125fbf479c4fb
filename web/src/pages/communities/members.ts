import { mutate, query } from '../../lib/graphql/api';
import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import type { Page } from '../../lib/graphql/paged.svelte';
import { pageOf } from '../../lib/graphql/paged.svelte';
import type { CommunityRole } from './documents';

const CommunityMembers = graphql(`
  query CommunityMembers($slug: String!, $status: MembershipStatus, $role: CommunityRole, $after: String) {
    community(slug: $slug) {
      id
      members(first: 30, after: $after, status: $status, role: $role) {
        edges {
          node {
            role
            status
            joinedAt
            suspendedUntil
            user { id name title avatarUrl }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export type Member = NonNullable<
  ResultOf<typeof CommunityMembers>['community']
>['members']['edges'][number]['node'];
export type MembershipStatus = Member['status'];

export async function membersPage(
  slug: string,
  filter: { status: MembershipStatus; role?: CommunityRole | null },
  after: string | null,
): Promise<Page<Member>> {
  const { community } = await query(CommunityMembers, {
    slug,
    status: filter.status,
    role: filter.role ?? null,
    after,
  });
  return community ? pageOf(community.members) : { items: [], endCursor: null, hasNextPage: false };
}

const ChangeRole = graphql(
  `
  mutation ChangeMemberRole($communityId: ID!, $userId: ID!, $role: CommunityRole!) {
    changeMemberRole(communityId: $communityId, userId: $userId, role: $role) {
      __typename
      ... on MutationChangeMemberRoleSuccess { data { role } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

const RemoveMember = graphql(
  `
  mutation RemoveMember($communityId: ID!, $userId: ID!) {
    removeMember(communityId: $communityId, userId: $userId) {
      __typename
      ... on MutationRemoveMemberSuccess { data { id memberCount } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

const DecideRequest = graphql(
  `
  mutation DecideMembershipRequest($communityId: ID!, $userId: ID!, $approve: Boolean!) {
    decideMembershipRequest(communityId: $communityId, userId: $userId, approve: $approve) {
      __typename
      ... on MutationDecideMembershipRequestSuccess { data { id memberCount } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export async function changeRole(
  communityId: string,
  userId: string,
  role: CommunityRole,
): Promise<Failure | null> {
  const result = outcome((await mutate(ChangeRole, { communityId, userId, role })).changeMemberRole);
  return result.ok ? null : result.failure;
}

export async function removeMember(communityId: string, userId: string): Promise<Failure | null> {
  const result = outcome((await mutate(RemoveMember, { communityId, userId })).removeMember);
  return result.ok ? null : result.failure;
}

export async function decideRequest(
  communityId: string,
  userId: string,
  approve: boolean,
): Promise<Failure | null> {
  const result = outcome(
    (await mutate(DecideRequest, { communityId, userId, approve })).decideMembershipRequest,
  );
  return result.ok ? null : result.failure;
}
