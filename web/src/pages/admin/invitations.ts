import { graphql, type ResultOf } from '../../lib/graphql/graphql';

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation @_unmask {
    id
    email
    role
    status
    createdAt
    expiresAt
    orgUnit { name }
    invitedBy { name }
  }
`);

export const InvitationList = graphql(
  `
  query InvitationList($after: String) {
    invitations(first: 20, after: $after) {
      edges { node { ...InvitationFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [InvitationFields],
);

export type InvitationRow = ResultOf<typeof InvitationFields>;

/** Addresses typed one per line, or separated by commas, semicolons or spaces. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter(Boolean);
}
