import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf } from '../../lib/graphql/graphql';
import { PagedList, pageOf } from '../../lib/graphql/paged.svelte';

const Directory = graphql(`
  query Directory($search: String, $orgUnit: ID, $after: String) {
    users(search: $search, orgUnit: $orgUnit, first: 24, after: $after) {
      edges { node { id name title avatarUrl orgUnit { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type DirectoryPerson = ResultOf<typeof Directory>['users']['edges'][number]['node'];

/** The people directory: a search term, an org unit, and the matching colleagues page by page. */
export class DirectorySearch {
  search = $state('');
  orgUnit = $state('');
  results = new PagedList<DirectoryPerson>(async (after) => {
    const search = this.search.trim() || null;
    const { users } = await query(Directory, { search, orgUnit: this.orgUnit || null, after });
    return pageOf(users);
  });
}
