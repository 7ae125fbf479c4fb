import { type Db, schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { NotAllowedError, NotFoundError } from '../errors';
import { type ContentAccess, can, type Viewer } from '../permissions';
import { accessSelection, toPostAccess } from '../posts/access';

/** Where the web client shows a post, scrolled to one of its comments. */
export function contentLink(target: {
  postId: string;
  commentId: string | null;
  communitySlug: string | null;
  profileUserId: string | null;
}): string {
  const post = target.communitySlug
    ? `/communities/${target.communitySlug}/posts/${target.postId}`
    : `/people/${target.profileUserId}/posts/${target.postId}`;
  return target.commentId ? `${post}#comment-${target.commentId}` : post;
}

export type Target = {
  postId: string;
  commentId: string | null;
  /** The comment's parent, to keep reply counts right. */
  parentId: string | null;
  authorId: string;
  communityId: string | null;
  moderation: 'visible' | 'hidden' | 'removed';
  access: ContentAccess;
  link: string;
};

/**
 * A post or one of its comments with what the rules need. With `lock`, the row is locked for the
 * transaction so two moderators acting at once take turns. Deleted items are not found.
 */
export async function loadTarget(
  db: Db | Tx,
  viewer: Viewer,
  ref: { postId?: string | null; commentId?: string | null },
  lock = false,
): Promise<Target> {
  let postId = ref.postId ?? null;
  let comment: typeof schema.comments.$inferSelect | null = null;
  if (ref.commentId) {
    const query = db.select().from(schema.comments).where(eq(schema.comments.id, ref.commentId));
    comment = (lock ? await query.for('update') : await query)[0] ?? null;
    if (!comment || comment.deletedAt) throw new NotFoundError();
    postId = comment.postId;
  } else if (postId && lock) {
    await db
      .select({ id: schema.posts.id })
      .from(schema.posts)
      .where(eq(schema.posts.id, postId))
      .for('update');
  }
  if (!postId) throw new NotFoundError();
  const selection = accessSelection(viewer.id);
  const post = await db.query.posts.findFirst({
    where: { id: postId },
    columns: { ...selection.columns, profileUserId: true },
    with: {
      community: {
        ...selection.with.community,
        columns: { ...selection.with.community.columns, slug: true },
      },
    },
  });
  if (!post || post.deletedAt) throw new NotFoundError();
  const access: ContentAccess = {
    post: toPostAccess(post),
    comment: comment && {
      authorId: comment.authorId,
      moderation: comment.moderation,
      deletedAt: comment.deletedAt,
    },
  };
  return {
    postId,
    commentId: comment?.id ?? null,
    parentId: comment?.parentId ?? null,
    authorId: comment?.authorId ?? post.authorId,
    communityId: post.communityId,
    moderation: comment?.moderation ?? post.moderation,
    access,
    link: contentLink({
      postId,
      commentId: comment?.id ?? null,
      communitySlug: post.community?.slug ?? null,
      profileUserId: post.profileUserId,
    }),
  };
}

/**
 * The target when the viewer may do `action` on it. Someone who may not even read the item is
 * told it does not exist, exactly as for a missing one.
 */
export async function loadTargetFor(
  db: Db | Tx,
  viewer: Viewer,
  ref: { postId?: string | null; commentId?: string | null },
  action: 'content:report' | 'content:moderate',
  lock = false,
): Promise<Target> {
  const target = await loadTarget(db, viewer, ref, lock);
  if (can(viewer, action, target.access)) return target;
  if (can(viewer, 'content:report', target.access)) throw new NotAllowedError();
  throw new NotFoundError();
}
