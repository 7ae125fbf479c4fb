import { mutate, query } from '../../lib/graphql/api';
import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';
import { type Page, pageOf } from '../../lib/graphql/paged.svelte';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification @_unmask {
    id
    kind
    message
    link
    readAt
    createdAt
    urgent
    actorCount
    actors { id name avatarUrl }
  }
`);

export type NotificationData = ResultOf<typeof NotificationFields>;

const Notifications = graphql(
  `
  query Notifications($after: String, $unreadOnly: Boolean, $first: Int) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges { node { ...NotificationFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [NotificationFields],
);

const UnreadCount = graphql(`
  query UnreadNotificationCount { unreadNotificationCount }
`);

export const NotificationAdded = graphql(
  `
  subscription NotificationAdded {
    notificationAdded { ...NotificationFields }
  }
`,
  [NotificationFields],
);

const MarkRead = graphql(
  `
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      __typename
      ... on MutationMarkNotificationReadSuccess { data { id readAt } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

const MarkAllRead = graphql(`
  mutation MarkAllNotificationsRead { markAllNotificationsRead }
`);

export async function notificationsPage(
  after: string | null,
  options: { unreadOnly?: boolean; first?: number } = {},
): Promise<Page<NotificationData>> {
  const { notifications } = await query(Notifications, {
    after,
    unreadOnly: options.unreadOnly ?? null,
    first: options.first ?? 20,
  });
  return pageOf(notifications);
}

export async function unreadCount(): Promise<number> {
  return (await query(UnreadCount, {})).unreadNotificationCount;
}

export async function markRead(id: string): Promise<void> {
  await mutate(MarkRead, { id });
}

export async function markAllRead(): Promise<void> {
  await mutate(MarkAllRead, {});
}
