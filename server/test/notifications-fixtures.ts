import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { App } from '../src/app';
import type { AppEvents, EventName } from '../src/events';
import type { TestClient } from './harness';

/** Content written straight to the database: notification tests do not depend on the posting code. */
export async function insertPost(
  app: App,
  input: { authorId: string; communityId: string | null; body?: string; isAnnouncement?: boolean },
) {
  const body = input.body ?? 'Le point sur le projet';
  const [post] = await app.services.db
    .insert(schema.posts)
    .values({
      authorId: input.authorId,
      communityId: input.communityId,
      body,
      bodyHtml: body,
      isAnnouncement: input.isAnnouncement ?? false,
    })
    .returning();
  return post!;
}

export async function insertComment(
  app: App,
  input: { postId: string; authorId: string; parentId?: string | null; body?: string },
) {
  const body = input.body ?? 'Bonne idée';
  const [comment] = await app.services.db
    .insert(schema.comments)
    .values({
      postId: input.postId,
      authorId: input.authorId,
      parentId: input.parentId ?? null,
      body,
      bodyHtml: body,
    })
    .returning();
  return comment!;
}

export async function emit<E extends EventName>(app: App, event: E, payload: AppEvents[E]) {
  app.services.events.emit(event, payload);
  await app.services.events.settled();
}

export async function setModeration(
  app: App,
  table: 'posts' | 'comments',
  id: string,
  state: 'hidden' | 'removed',
) {
  const target = table === 'posts' ? schema.posts : schema.comments;
  await app.services.db.update(target).set({ moderation: state }).where(eq(target.id, id));
}

export const NOTIFICATIONS = `query($first: Int, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    edges { node { id kind message link actorCount actors { name } readAt urgent
      community { name } post { id } comment { id } } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;

export type NotificationView = {
  id: string;
  kind: string;
  message: string;
  link: string;
  actorCount: number;
  actors: { name: string }[];
  readAt: string | null;
  urgent: boolean;
  community: { name: string } | null;
  post: { id: string } | null;
  comment: { id: string } | null;
};

export async function inbox(client: TestClient, variables: { first?: number; unreadOnly?: boolean } = {}) {
  const data = await client.data<{
    notifications: { edges: { node: NotificationView }[] };
    unreadNotificationCount: number;
  }>(NOTIFICATIONS, { first: 50, ...variables });
  return { items: data.notifications.edges.map((e) => e.node), unread: data.unreadNotificationCount };
}
