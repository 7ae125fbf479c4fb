import { graphql, type ResultOf } from '../../lib/graphql/graphql';

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken @_unmask {
    id
    name
    scopes
    status
    createdAt
    expiresAt
    lastUsedAt
    owner { name }
  }
`);

export const ApiTokenList = graphql(
  `
  query ApiTokenList($after: String, $mine: Boolean) {
    apiTokens(first: 20, after: $after, mine: $mine) {
      edges { node { ...ApiTokenFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [ApiTokenFields],
);

export const ApiTokenScopes = graphql(`
  query ApiTokenScopes { apiTokenScopes }
`);

export const MayCreateApiTokens = graphql(`
  query MayCreateApiTokens { mayCreateApiTokens }
`);

export type ApiTokenRow = ResultOf<typeof ApiTokenFields>;

/** The lifetimes offered; the server accepts up to 366 days. */
export const lifetimes = [30, 90, 180, 365] as const;

export const coreScopes = ['read', 'write', 'admin', 'metrics'] as const;
