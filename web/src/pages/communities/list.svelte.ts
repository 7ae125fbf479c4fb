import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';
import { PagedList, pageOf } from '../../lib/graphql/paged.svelte';
import {
  type CommunityCardData,
  CommunityCardFields,
  type CommunityKind,
  type CommunityVisibility,
} from './documents';

const CommunityList = graphql(
  `
  query CommunityList($filter: CommunityFilter, $after: String) {
    communities(filter: $filter, first: 24, after: $after) {
      edges { node { ...CommunityCardFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [CommunityCardFields],
);

const MyCommunityCards = graphql(
  `
  query MyCommunityCards {
    myCommunities { ...CommunityCardFields }
  }
`,
  [CommunityCardFields],
);

const Suggestions = graphql(
  `
  query CommunitySuggestions {
    discoverCommunities(first: 12) { ...CommunityCardFields }
  }
`,
  [CommunityCardFields],
);

export const mine = async () => (await query(MyCommunityCards, {})).myCommunities;
export const suggestions = async () => (await query(Suggestions, {})).discoverCommunities;

/** The catalogue of communities with its filters. */
export class CommunityCatalogue {
  search = $state('');
  kind = $state<CommunityKind | ''>('');
  visibility = $state<CommunityVisibility | ''>('');
  onlyMine = $state(false);
  /** Admins: deleted communities that can still be restored. */
  deleted = $state(false);

  results = new PagedList<CommunityCardData>(async (after) => {
    const filter = {
      search: this.search.trim() || null,
      kind: this.kind || null,
      visibility: this.visibility || null,
      mine: this.onlyMine || null,
      deleted: this.deleted || null,
    };
    return pageOf((await query(CommunityList, { filter, after })).communities);
  });
}
