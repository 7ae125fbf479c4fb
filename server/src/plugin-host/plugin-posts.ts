import { type Db, schema } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import { loadRecipients, whoCanReadPost } from '../notifications/audience';
import { writePost } from '../posts/write';
import type { Services } from '../services';

/** A post a plugin writes for its author (an approved editorial item), under the author's own rights. */
export type PluginPostDraft = { authorId: string; communityId: string; body: string; publishAt: Date | null };

/**
 * Writes the post as its author would: the same permission checks, approval rules and
 * scheduling as `createPost`. Null when the author is no longer active.
 */
export async function writePluginPost(
  services: Pick<Services, 'db' | 'events' | 'pubsub' | 'markdown' | 'host'>,
  draft: PluginPostDraft,
): Promise<string | null> {
  const [author] = await loadRecipients(services.db, [draft.authorId], null);
  if (!author) return null;
  return writePost(
    { db: services.db, viewer: author.viewer, services },
    {
      communityId: draft.communityId,
      body: draft.body,
      isAnnouncement: false,
      publishAt: draft.publishAt,
      attachmentIds: [],
      poll: null,
    },
  );
}

/**
 * Who among `userIds` may read a post — or a comment: visible, not deleted, under a visible
 * comment for a reply, on a post they may read — decided by the permission module for each person.
 */
export async function contentReaders(
  db: Db,
  target: { postId: string; commentId?: string | null },
  userIds: string[],
): Promise<string[]> {
  if (target.commentId) {
    const c = schema.comments;
    const visible = (id: string) =>
      db
        .select({ parentId: c.parentId })
        .from(c)
        .where(
          and(eq(c.id, id), eq(c.postId, target.postId), eq(c.moderation, 'visible'), isNull(c.deletedAt)),
        );
    const [comment] = await visible(target.commentId);
    if (!comment) return [];
    if (comment.parentId && !(await visible(comment.parentId)).length) return [];
  }
  const recipients = await loadRecipients(db, userIds, null);
  return (await whoCanReadPost(db, target.postId, recipients)).map((r) => r.viewer.id);
}
