import { mutate, query } from '../../lib/graphql/api';
import { ErrorFields, graphql } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { type Page, pageOf } from '../../lib/graphql/paged.svelte';
import { type PostData, PostFields } from '../posts/fragments';

const PendingPosts = graphql(
  // Eight posts a page: one level deeper than the home feed, ten would pass the API's cost limit.
  `
  query PendingPosts($slug: String!, $after: String) {
    community(slug: $slug) {
      id
      pendingPosts(first: 8, after: $after) {
        edges { node { ...PostFields } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`,
  [PostFields],
);

const ApprovePost = graphql(
  `
  mutation ApprovePost($id: ID!) {
    approvePost(id: $id) {
      __typename
      ... on MutationApprovePostSuccess { data { id status publishedAt } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

const RejectPost = graphql(
  `
  mutation RejectPost($id: ID!, $reason: String!) {
    rejectPost(id: $id, reason: $reason) {
      __typename
      ... on MutationRejectPostSuccess { data { id status } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export async function pendingPosts(slug: string, after: string | null): Promise<Page<PostData>> {
  const { community } = await query(PendingPosts, { slug, after });
  return community ? pageOf(community.pendingPosts) : { items: [], endCursor: null, hasNextPage: false };
}

export async function approve(id: string): Promise<Failure | null> {
  const result = outcome((await mutate(ApprovePost, { id })).approvePost);
  return result.ok ? null : result.failure;
}

export async function reject(id: string, reason: string): Promise<Failure | null> {
  const result = outcome((await mutate(RejectPost, { id, reason })).rejectPost);
  return result.ok ? null : result.failure;
}
