import { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  can,
  readableCommentsWhere,
  readableCommunityIds,
  readablePostsWhere,
  type Viewer,
  viewablePostsWhere,
  visibleCommunityIds,
} from '../permissions';

type NotificationColumns = Pick<
  typeof schema.notifications,
  'recipientId' | 'kind' | 'communityId' | 'postId' | 'commentId'
>;

/**
 * The viewer's notifications that still make sense to show: content ones only while the viewer
 * can read the post (and the comment is not hidden, removed or deleted), community ones while the
 * viewer may know the community. Lists, counts, subscriptions and emails all filter on it, so a
 * removed item disappears from every one of them. Approvals follow `post:view` (the author and
 * the animators see a post waiting or rejected); moderation notices and sign-in alerts always stay:
 * they tell the person what happened to their item or their account. A disabled webhook's notice
 * stays while the viewer still manages webhooks.
 */
export function visibleNotificationsWhere(
  viewer: Viewer,
  n: NotificationColumns = schema.notifications,
): SQL {
  const p = alias(schema.posts, 'notified_post');
  const c = alias(schema.comments, 'notified_comment');
  return sql`(${n.recipientId} = ${viewer.id} and (
    (${n.kind} in ('mention', 'reply', 'reaction', 'announcement')
      and exists (select 1 from posts ${p} where ${p.id} = ${n.postId} and ${readablePostsWhere(viewer, p)})
      and (${n.commentId} is null
        or exists (select 1 from comments ${c} where ${c.id} = ${n.commentId} and ${readableCommentsWhere(viewer, c)})))
    or (${n.kind} in ('membership_request', 'membership_decision', 'community_invitation')
      and ${n.communityId} in ${visibleCommunityIds(viewer)})
    or (${n.kind} in ('approval_request', 'approval_decision')
      and exists (select 1 from posts ${p} where ${p.id} = ${n.postId} and ${viewablePostsWhere(viewer, p)}))
    or (${n.kind} = 'event' and (${n.communityId} is null or ${n.communityId} in ${readableCommunityIds(viewer)}))
    or (${n.kind} = 'learning' and ${n.communityId} in ${readableCommunityIds(viewer)})
    or (${n.kind} = 'webhook_disabled' and ${can(viewer, 'webhook:manage') ? sql`true` : sql`false`})
    or ${n.kind} in ('moderation', 'sign_in_alert', 'plugin')))`;
}
