import type { TestClient } from '../harness';

/** GraphQL documents of reports and moderation, as the web client sends them. */
export const REPORT = `mutation Report($input: ReportContentInput!) {
  reportContent(input: $input) {
    __typename
    ... on MutationReportContentSuccess { data { id reason reasonLabel rule ruleLabel details status } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

export const QUEUE = `query Queue($communityId: ID) {
  moderationQueue(communityId: $communityId) {
    totalCount
    edges { node {
      id kind link moderation reportCount
      reasons { reason reasonLabel rule ruleLabel count }
      reports { reason details reporter { name } }
      post { body } comment { body } community { name }
    } }
  }
}`;

export const MODERATE = `mutation Moderate($input: ModerateInput!) {
  moderate(input: $input) {
    __typename
    ... on MutationModerateSuccess { data { id action reason rule ruleLabel suspendedUntil actor { name } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

export const NOTICES = `{ myModerationNotices { edges { node { action reason rule ruleLabel link excerpt suspendedUntil } } } }`;

export async function report(client: TestClient, input: Record<string, unknown>) {
  return (await client.data(REPORT, { input })).reportContent;
}

export async function moderate(client: TestClient, input: Record<string, unknown>) {
  return (await client.data(MODERATE, { input })).moderate;
}

export async function notices(client: TestClient) {
  return (await client.data(NOTICES)).myModerationNotices.edges.map((e: any) => e.node);
}
