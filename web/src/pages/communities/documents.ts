import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';

/** What the viewer may do and is in a community: refreshed after every membership change. */
export const MembershipFields = graphql(`
  fragment MembershipFields on Community @_unmask {
    id
    memberCount
    viewerMembership { role status }
    viewerCan { join requestMembership post moderate update delete manageMembers changeRoles }
  }
`);

export const CommunityCardFields = graphql(
  `
  fragment CommunityCardFields on Community @_unmask {
    id
    slug
    name
    description
    kind
    visibility
    joinPolicy
    coverUrl
    archivedAt
    deletedAt
    ...MembershipFields
  }
`,
  [MembershipFields],
);

export type CommunityCardData = ResultOf<typeof CommunityCardFields>;
export type MembershipData = ResultOf<typeof MembershipFields>;
export type CommunityKind = CommunityCardData['kind'];
export type CommunityVisibility = CommunityCardData['visibility'];
export type JoinPolicy = CommunityCardData['joinPolicy'];
export type CommunityRole = NonNullable<CommunityCardData['viewerMembership']>['role'];

export const communityKinds = [
  'topic',
  'project',
  'learning',
  'official',
] as const satisfies readonly CommunityKind[];
export const visibilities = ['public', 'private', 'secret'] as const satisfies readonly CommunityVisibility[];
export const joinPolicies = ['open', 'request', 'invitation'] as const satisfies readonly JoinPolicy[];
export const communityRoles = ['owner', 'animator', 'member'] as const satisfies readonly CommunityRole[];

export const JoinCommunity = graphql(
  `
  mutation JoinCommunity($id: ID!) {
    joinCommunity(id: $id) {
      __typename
      ... on MutationJoinCommunitySuccess { data { ...MembershipFields } }
      ...ErrorFields
    }
  }
`,
  [MembershipFields, ErrorFields],
);

export const RequestMembership = graphql(
  `
  mutation RequestMembership($id: ID!) {
    requestMembership(id: $id) {
      __typename
      ... on MutationRequestMembershipSuccess { data { ...MembershipFields } }
      ...ErrorFields
    }
  }
`,
  [MembershipFields, ErrorFields],
);

export const LeaveCommunity = graphql(
  `
  mutation LeaveCommunity($id: ID!) {
    leaveCommunity(id: $id) {
      __typename
      ... on MutationLeaveCommunitySuccess { data { community { ...MembershipFields } } }
      ...ErrorFields
    }
  }
`,
  [MembershipFields, ErrorFields],
);
