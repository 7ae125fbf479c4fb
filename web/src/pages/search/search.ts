import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf, type VariablesOf } from '../../lib/graphql/graphql';
import { pageOf } from '../../lib/graphql/paged.svelte';

const Search = graphql(`
  query Search($query: String!, $filter: SearchFilter, $after: String) {
    search(query: $query, filter: $filter, first: 20, after: $after) {
      totalCount
      totalCountIsLowerBound
      edges {
        node {
          __typename
          rank
          snippet
          ... on PostSearchResult {
            post {
              id
              publishedAt
              author { id name avatarUrl }
              community { id slug name }
              profileUser { id }
            }
          }
          ... on CommentSearchResult {
            comment {
              id
              createdAt
              author { id name avatarUrl }
              post { id community { id slug name } profileUser { id } author { id } }
            }
          }
          ... on CommunitySearchResult {
            community { id slug name kind visibility memberCount description }
          }
          ... on PersonSearchResult {
            person { id name title avatarUrl orgUnit { name } }
          }
          ... on HashtagSearchResult { tag postCount }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type SearchHit = ResultOf<typeof Search>['search']['edges'][number]['node'];
export type SearchFilter = NonNullable<VariablesOf<typeof Search>['filter']>;
export type SearchKind = NonNullable<SearchFilter['kinds']>[number];
export const searchKinds = [
  'post',
  'comment',
  'community',
  'person',
  'hashtag',
] as const satisfies readonly SearchKind[];

export async function searchPage(text: string, filter: SearchFilter, after: string | null) {
  const { search } = await query(Search, { query: text, filter, after });
  return { ...pageOf(search), total: search.totalCount, moreThanTotal: search.totalCountIsLowerBound };
}
