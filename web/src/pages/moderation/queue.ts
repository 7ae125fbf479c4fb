import { mutate, query } from '../../lib/graphql/api';
import { ErrorFields, graphql, type ResultOf, type VariablesOf } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { type Page, pageOf } from '../../lib/graphql/paged.svelte';

const ModerationQueue = graphql(`
  query ModerationQueue($communityId: ID, $after: String) {
    moderationQueue(communityId: $communityId, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          link
          moderation
          reportCount
          firstReportedAt
          reasons { reason reasonLabel rule ruleLabel count }
          reports { id reasonLabel ruleLabel details createdAt reporter { id name } }
          post { id bodyHtml publishedAt author { id name avatarUrl } }
          comment { id bodyHtml createdAt author { id name avatarUrl } }
          community { id slug name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const Moderate = graphql(
  `
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      __typename
      ... on MutationModerateSuccess { data { id action } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export type QueueItem = ResultOf<typeof ModerationQueue>['moderationQueue']['edges'][number]['node'];
export type ModerateInput = VariablesOf<typeof Moderate>['input'];
export type ModerationActionKind = ModerateInput['action'];

/** The actions offered on an item, in the order of the buttons. */
export const actionKinds = [
  'dismiss',
  'hide',
  'remove',
  'warn',
  'suspend',
  'restore',
] as const satisfies readonly ModerationActionKind[];

export async function queuePage(
  communityId: string | null,
  after: string | null,
): Promise<Page<QueueItem> & { total: number }> {
  const { moderationQueue } = await query(ModerationQueue, { communityId, after });
  return { ...pageOf(moderationQueue), total: moderationQueue.totalCount };
}

export async function moderate(input: ModerateInput): Promise<Failure | null> {
  const result = outcome((await mutate(Moderate, { input })).moderate);
  return result.ok ? null : result.failure;
}
