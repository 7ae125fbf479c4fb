import { graphql, type ResultOf } from '../../lib/graphql/graphql';

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User @_unmask {
    id
    name
    email
    title
    status
    roles
    avatarUrl
  }
`);

export const AdminUsers = graphql(
  `
  query AdminUsers($search: String, $includeDeactivated: Boolean, $after: String) {
    users(search: $search, includeDeactivated: $includeDeactivated, first: 25, after: $after) {
      edges { node { ...AdminUserFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [AdminUserFields],
);

export type AdminUser = ResultOf<typeof AdminUserFields>;
export type Role = NonNullable<AdminUser['roles']>[number];

/** Roles an admin can give; "member" is everyone's and always kept. */
export const grantableRoles = ['admin', 'hr', 'chief_cm'] as const satisfies readonly Role[];
