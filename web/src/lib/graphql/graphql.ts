import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/** Typed GraphQL documents checked against server/schema.graphql. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string; JSON: unknown; File: File };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/**
 * Spread into a mutation's result union so every failure carries what a form needs:
 * a code, a message in the viewer's language and, for validation, the issue per field.
 */
export const ErrorFields = graphql(`
  fragment ErrorFields on Error @_unmask {
    __typename
    code
    message
    ... on ValidationError {
      issues {
        field
        line
        message
      }
    }
  }
`);
