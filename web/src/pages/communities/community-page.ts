import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf } from '../../lib/graphql/graphql';
import { CommunityCardFields } from './documents';

export const CommunityPageFields = graphql(
  `
  fragment CommunityPageFields on Community @_unmask {
    ...CommunityCardFields
    charterUrl
    requiresApproval
    createdAt
    parent { id slug name }
    subCommunities { id slug name visibility memberCount }
    orgUnits { id name }
  }
`,
  [CommunityCardFields],
);

const CommunityPage = graphql(
  `
  query CommunityPage($slug: String!) {
    community(slug: $slug) { ...CommunityPageFields }
  }
`,
  [CommunityPageFields],
);

export type CommunityPageData = NonNullable<ResultOf<typeof CommunityPage>['community']>;

export async function loadCommunity(slug: string): Promise<CommunityPageData | null> {
  return (await query(CommunityPage, { slug })).community;
}

/** The tabs of a community page, and who sees each. */
export const communityTabs = [
  'feed',
  'project',
  'tasks',
  'members',
  'requests',
  'approvals',
  'moderation',
  'settings',
] as const;
export type CommunityTab = (typeof communityTabs)[number];

export function tabVisible(tab: CommunityTab, community: CommunityPageData): boolean {
  const can = community.viewerCan;
  switch (tab) {
    case 'feed':
    case 'members':
      return true;
    case 'project':
    case 'tasks':
      return community.kind === 'project';
    case 'requests':
      return can.manageMembers;
    case 'approvals':
    case 'moderation':
      return can.moderate;
    case 'settings':
      return can.update || can.delete;
  }
}
