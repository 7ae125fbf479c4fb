import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf } from '../../lib/graphql/graphql';

const MyCommunities = graphql(`
  query MyCommunitiesShort {
    myCommunities {
      id
      slug
      name
      kind
      visibility
      requiresApproval
      archivedAt
      viewerCan { post moderate }
    }
  }
`);

export type PostableCommunity = ResultOf<typeof MyCommunities>['myCommunities'][number];

/** The communities the viewer belongs to, by name. */
export async function myCommunities(): Promise<PostableCommunity[]> {
  return (await query(MyCommunities, {})).myCommunities;
}

/** Those the viewer may post in (the composer's and the share dialog's choices). */
export function postable(list: readonly PostableCommunity[]): PostableCommunity[] {
  return list.filter((c) => c.viewerCan.post && !c.archivedAt);
}

export async function postableCommunities(): Promise<PostableCommunity[]> {
  return postable(await myCommunities());
}
