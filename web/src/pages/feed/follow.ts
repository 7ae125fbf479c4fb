import { mutate } from '../../lib/graphql/api';
import { ErrorFields, graphql } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';

const Follow = graphql(
  `
  mutation FollowUser($userId: ID!) {
    followUser(userId: $userId) {
      __typename
      ... on MutationFollowUserSuccess { data { id followedByViewer followerCount } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

const Unfollow = graphql(
  `
  mutation UnfollowUser($userId: ID!) {
    unfollowUser(userId: $userId) {
      __typename
      ... on MutationUnfollowUserSuccess { data { id followedByViewer followerCount } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

type Followed = { followedByViewer: boolean; followerCount: number };

export async function setFollowing(
  userId: string,
  on: boolean,
): Promise<{ ok: true; data: Followed } | { ok: false; failure: Failure }> {
  return on
    ? outcome((await mutate(Follow, { userId })).followUser)
    : outcome((await mutate(Unfollow, { userId })).unfollowUser);
}
