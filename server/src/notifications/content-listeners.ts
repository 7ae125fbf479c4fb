import { schema } from '@levain/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Services } from '../services';
import { activeMemberIds, loadRecipients, type Recipient, whoCanReadPost } from './audience';
import { notify } from './store';

const visible = (item: { moderation: string; deletedAt: Date | null } | undefined) =>
  !!item && item.moderation === 'visible' && !item.deletedAt;

/** Readers of the post among `userIds`, judged by the permission module. */
async function readers(services: Services, postId: string, communityId: string | null, userIds: string[]) {
  const recipients = await loadRecipients(services.db, userIds, communityId);
  return whoCanReadPost(services.db, postId, recipients);
}

const among = (recipients: Recipient[], ids: Iterable<string>) => {
  const wanted = new Set(ids);
  return recipients.filter((r) => wanted.has(r.viewer.id));
};

/** "kind:recipient" of the notifications already sent about a post itself (not its comments). */
async function alreadyToldOfPost(services: Services, postId: string): Promise<Set<string>> {
  const rows = await services.db
    .select({ kind: schema.notifications.kind, recipientId: schema.notifications.recipientId })
    .from(schema.notifications)
    .where(
      and(
        eq(schema.notifications.postId, postId),
        isNull(schema.notifications.commentId),
        inArray(schema.notifications.kind, ['mention', 'announcement']),
      ),
    );
  return new Set(rows.map((r) => `${r.kind}:${r.recipientId}`));
}

export async function onPostPublished(
  services: Services,
  e: {
    postId: string;
    communityId: string | null;
    authorId: string;
    mentionedUserIds: string[];
    isAnnouncement: boolean;
  },
) {
  const members = e.isAnnouncement && e.communityId ? await activeMemberIds(services.db, e.communityId) : [];
  const recipients = await readers(services, e.postId, e.communityId, [...e.mentionedUserIds, ...members]);
  const target = { actorId: e.authorId, postId: e.postId, communityId: e.communityId };
  // The publication job announces again after a crash: whoever was already told is not told twice.
  const told = await alreadyToldOfPost(services, e.postId);
  const untold = (kind: 'mention' | 'announcement', list: Recipient[]) =>
    list.filter((r) => !told.has(`${kind}:${r.viewer.id}`));
  await notify(services, {
    ...target,
    kind: 'mention',
    recipients: untold('mention', among(recipients, e.mentionedUserIds)),
  });
  // Someone both mentioned in and told about an announcement hears about it once.
  const mentioned = new Set(e.mentionedUserIds);
  await notify(services, {
    ...target,
    kind: 'announcement',
    groupKey: `announcement:${e.postId}`,
    data: { reminder: false },
    recipients: untold(
      'announcement',
      among(recipients, members).filter((r) => !mentioned.has(r.viewer.id)),
    ),
  });
}

export async function onCommentCreated(
  services: Services,
  e: {
    commentId: string;
    postId: string;
    parentId: string | null;
    authorId: string;
    mentionedUserIds: string[];
  },
) {
  const comment = await services.db.query.comments.findFirst({
    where: { id: e.commentId },
    columns: { moderation: true, deletedAt: true },
    with: {
      post: { columns: { authorId: true, communityId: true } },
      parent: { columns: { authorId: true } },
    },
  });
  if (!comment || !visible(comment)) return;
  const repliedTo = e.parentId ? comment.parent?.authorId : comment.post.authorId;
  const { communityId } = comment.post;
  const recipients = await readers(services, e.postId, communityId, [
    ...e.mentionedUserIds,
    ...(repliedTo ? [repliedTo] : []),
  ]);
  const target = { actorId: e.authorId, postId: e.postId, commentId: e.commentId, communityId };
  await notify(services, { ...target, kind: 'mention', recipients: among(recipients, e.mentionedUserIds) });
  if (repliedTo && !e.mentionedUserIds.includes(repliedTo))
    await notify(services, {
      ...target,
      kind: 'reply',
      data: { toComment: !!e.parentId },
      recipients: among(recipients, [repliedTo]),
    });
}

export async function onReactionAdded(
  services: Services,
  e: { postId: string; commentId: string | null; userId: string },
) {
  const post = await services.db.query.posts.findFirst({
    where: { id: e.postId },
    columns: { authorId: true, communityId: true },
  });
  if (!post) return;
  let authorId = post.authorId;
  if (e.commentId) {
    const comment = await services.db.query.comments.findFirst({
      where: { id: e.commentId },
      columns: { authorId: true, moderation: true, deletedAt: true },
    });
    if (!comment || !visible(comment)) return;
    authorId = comment.authorId;
  }
  await notify(services, {
    kind: 'reaction',
    actorId: e.userId,
    postId: e.postId,
    commentId: e.commentId,
    communityId: post.communityId,
    groupKey: `reaction:${e.commentId ?? e.postId}`,
    recipients: await readers(services, e.postId, post.communityId, [authorId]),
  });
}

/**
 * Tells members about an announcement again: a reminder from its author, or an urgent notice from
 * an admin (emailed at once, whatever the hour). Returns how many people were notified.
 */
export async function announceAgain(
  services: Services,
  input: { postId: string; userIds?: string[]; senderId: string; urgent: boolean },
): Promise<number> {
  const post = await services.db.query.posts.findFirst({
    where: { id: input.postId },
    columns: { authorId: true, communityId: true, isAnnouncement: true },
  });
  if (!post?.isAnnouncement || !post.communityId) return 0;
  const userIds = input.userIds ?? (await activeMemberIds(services.db, post.communityId));
  const recipients = await readers(services, input.postId, post.communityId, userIds);
  return notify(services, {
    kind: 'announcement',
    actorId: post.authorId,
    postId: input.postId,
    communityId: post.communityId,
    groupKey: `announcement:${input.postId}`,
    data: input.urgent ? { urgent: true } : { reminder: true },
    urgent: input.urgent,
    recipients: recipients.filter((r) => r.viewer.id !== input.senderId),
  });
}
