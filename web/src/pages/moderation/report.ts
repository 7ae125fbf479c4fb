import { mutate, query } from '../../lib/graphql/api';
import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';

const ReportReasons = graphql(`
  query ReportReasons($communityId: ID) {
    reportReasons(communityId: $communityId) { id label description pluginId }
  }
`);

const ReportContent = graphql(
  `
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      __typename
      ... on MutationReportContentSuccess { data { id status } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export type ReportReason = ResultOf<typeof ReportReasons>['reportReasons'][number];
export type ReportTarget = { postId: string } | { commentId: string };

export async function reportReasons(communityId: string | null): Promise<ReportReason[]> {
  return (await query(ReportReasons, { communityId })).reportReasons;
}

/**
 * A rule a plugin contributes ("charter:3") is cited as the rule of an "other" report: the core
 * keeps its own short list of reasons, plugins add the rules.
 */
export async function report(
  target: ReportTarget,
  reason: ReportReason,
  details: string,
): Promise<Failure | null> {
  const cited = reason.pluginId ? { reason: 'other', rule: reason.id } : { reason: reason.id };
  const input = { ...target, ...cited, details: details.trim() || null };
  const result = outcome((await mutate(ReportContent, { input })).reportContent);
  return result.ok ? null : result.failure;
}
