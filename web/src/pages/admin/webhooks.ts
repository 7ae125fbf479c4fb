import { graphql, type ResultOf } from '../../lib/graphql/graphql';

export const WebhookFields = graphql(`
  fragment WebhookFields on Webhook @_unmask {
    id
    url
    events
    status
    consecutiveFailures
    owner { name }
    deliveries(first: 10) {
      edges { node { id event attempt succeeded responseStatus error createdAt } }
    }
  }
`);

export const WebhookList = graphql(
  `
  query WebhookList($after: String) {
    webhooks(first: 10, after: $after) {
      edges { node { ...WebhookFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [WebhookFields],
);

export const WebhookEvents = graphql(`
  query WebhookEvents { webhookEvents }
`);

export type WebhookRow = ResultOf<typeof WebhookFields>;
