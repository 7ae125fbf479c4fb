import { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { readablePostsWhere, type Viewer, visibleCommunityIds } from '../permissions';

type NotificationColumns = Pick<
  typeof schema.notifications,
  'recipientId' | 'kind' | 'communityId' | 'postId' | 'commentId'
>;

/**
 * The viewer's notifications that still make sense to show: content ones only while the viewer
 * can read the post (and the comment is not hidden, removed or deleted), community ones while the
 * viewer may know the community. Lists, counts, subscriptions and emails all filter on it, so a
 * removed item disappears from every one of them. Decisions about the viewer's own posts
 * (approval, moderation) always stay: they say what happened and why.
 */
export function visibleNotificationsWhere(viewer: Viewer, n: NotificationColumns = schema.notifications): SQL {
  const p = alias(schema.posts, 'notified_post');
  return sql`(${n.recipientId} = ${viewer.id} and (
    (${n.kind} in ('mention', 'reply', 'reaction', 'announcement')
      and exists (select 1 from ${p} where ${p.id} = ${n.postId} and ${readablePostsWhere(viewer, p)})
      and (${n.commentId} is null or exists (select 1 from comments c where c.id = ${n.commentId}
        and c.moderation = 'visible' and c.deleted_at is null)))
    or (${n.kind} in ('membership_request', 'membership_decision', 'community_invitation')
      and ${n.communityId} in ${visibleCommunityIds(viewer)})
    or (${n.kind} = 'approval_request' and ${n.communityId} in ${visibleCommunityIds(viewer)}
      and exists (select 1 from posts ap where ap.id = ${n.postId} and ap.deleted_at is null))
    or ${n.kind} in ('approval_decision', 'moderation')))`;
}
