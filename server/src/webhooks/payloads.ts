import type { Db } from '@levain/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, sql } from 'drizzle-orm';
import type { AppEvents } from '../events';
import { readableCommentsWhere, readablePostsWhere, type Viewer, visibleCommunityIds } from '../permissions';

/**
 * The domain events a webhook may subscribe to, and the content each sends. Every payload is read
 * as the webhook's reader through the permission module, and never from a secret community: a
 * webhook's receiver sits outside the organisation, where a secret community must stay unknown.
 */
export const webhookEvents = [
  'post.published',
  'comment.created',
  'membership.joined',
  'user.created',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

type Builder<E extends WebhookEvent> = (db: Db, reader: Viewer, event: AppEvents[E]) => Promise<unknown>;

const notSecret = (communityId: unknown) =>
  sql`(${communityId} is null or not exists (select 1 from communities sc where sc.id = ${communityId} and sc.visibility = 'secret'))`;

const gid = (type: string, id: string | null) => (id === null ? null : encodeGlobalID(type, id));

const builders: { [E in WebhookEvent]: Builder<E> } = {
  'post.published': async (db, reader, { postId }) => {
    const post = await db.query.posts.findFirst({
      where: { id: postId, RAW: (p) => and(readablePostsWhere(reader, p), notSecret(p.communityId))! },
      columns: { id: true, communityId: true, authorId: true, body: true, publishedAt: true },
    });
    return (
      post && {
        post: {
          id: gid('Post', post.id),
          communityId: gid('Community', post.communityId),
          authorId: gid('User', post.authorId),
          body: post.body,
          publishedAt: new Date(post.publishedAt).toISOString(),
        },
      }
    );
  },
  'comment.created': async (db, reader, { commentId }) => {
    const comment = await db.query.comments.findFirst({
      where: {
        id: commentId,
        RAW: (c) =>
          and(
            readableCommentsWhere(reader, c),
            notSecret(sql`(select community_id from posts where id = ${c.postId})`),
          )!,
      },
      columns: { id: true, postId: true, authorId: true, body: true },
    });
    return (
      comment && {
        comment: {
          id: gid('Comment', comment.id),
          postId: gid('Post', comment.postId),
          authorId: gid('User', comment.authorId),
          body: comment.body,
        },
      }
    );
  },
  'membership.joined': async (db, reader, { communityId, userId }) => {
    const community = await db.query.communities.findFirst({
      where: {
        id: communityId,
        visibility: { ne: 'secret' },
        RAW: (c) => sql`${c.id} in ${visibleCommunityIds(reader)}`,
      },
      columns: { id: true, name: true },
    });
    return (
      community && {
        community: { id: gid('Community', community.id), name: community.name },
        userId: gid('User', userId),
      }
    );
  },
  'user.created': async (db, _reader, { userId }) => {
    const user = await db.query.users.findFirst({
      where: { id: userId, status: 'active' },
      columns: { id: true, name: true },
    });
    return user && { user: { id: gid('User', user.id), name: user.name } };
  },
};

/** The `data` of a payload for this reader, or null when the reader may not read what it is about. */
export function payloadData<E extends WebhookEvent>(
  db: Db,
  reader: Viewer,
  event: E,
  facts: AppEvents[E],
): Promise<unknown> {
  return (builders[event] as Builder<E>)(db, reader, facts);
}
