import type { TestClient } from '../harness';

/** The search query with a line of each kind of result. */
export const SEARCH = `query Search($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount totalCountIsLowerBound
    pageInfo { hasNextPage endCursor }
    edges { node { __typename rank snippet
      ... on PostSearchResult { post { id body author { name } } }
      ... on CommentSearchResult { comment { id body } }
      ... on CommunitySearchResult { community { name } }
      ... on PersonSearchResult { person { name } }
      ... on HashtagSearchResult { tag postCount } } }
  }
}`;

import { gid } from '../gid';

export { gid };

/** What a person would read in the result list: one line per hit. */
export async function search(client: TestClient, q: string, filter?: object, first = 50) {
  const { search } = await client.data(SEARCH, { q, filter, first });
  const lines = search.edges.map(({ node }: any) => {
    if (node.post) return `post: ${node.post.body}`;
    if (node.comment) return `comment: ${node.comment.body}`;
    if (node.community) return `community: ${node.community.name}`;
    if (node.person) return `person: ${node.person.name}`;
    return `#${node.tag} (${node.postCount})`;
  });
  return { lines, totalCount: search.totalCount as number, edges: search.edges as any[] };
}
