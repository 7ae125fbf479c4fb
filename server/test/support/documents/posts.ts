import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import type { App } from '../../../src/app';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Inserts a published post directly (tests of other domains than posts): the body is stored as
 * escaped text, hashtags as given. A community post when `communityId` is set, else a profile post.
 */
export async function createPost(
  app: App,
  input: {
    authorId: string;
    body: string;
    communityId?: string | null;
    hashtags?: string[];
    publishedAt?: Date;
    status?: 'scheduled' | 'pending_approval' | 'published' | 'rejected';
    moderation?: 'visible' | 'hidden' | 'removed';
  },
) {
  return app.services.db.transaction(async (tx) => {
    const [post] = await tx
      .insert(schema.posts)
      .values({
        authorId: input.authorId,
        communityId: input.communityId ?? null,
        profileUserId: input.communityId ? null : input.authorId,
        body: input.body,
        bodyHtml: `<p>${escapeHtml(input.body)}</p>`,
        status: input.status ?? 'published',
        moderation: input.moderation ?? 'visible',
        ...(input.publishedAt && { publishedAt: input.publishedAt.toISOString() }),
      })
      .returning({ id: schema.posts.id, communityId: schema.posts.communityId });
    if (input.hashtags?.length)
      await tx.insert(schema.postHashtags).values(input.hashtags.map((tag) => ({ postId: post!.id, tag })));
    return post!;
  });
}

/**
 * Inserts a visible comment (or a reply when `parentId` is set) and keeps the counters the way
 * commenting does: the post's commentCount counts every comment and reply, a comment's replyCount its replies.
 */
export async function createComment(
  app: App,
  input: { postId: string; authorId: string; body: string; parentId?: string; createdAt?: Date },
) {
  return app.services.db.transaction(async (tx) => {
    const [comment] = await tx
      .insert(schema.comments)
      .values({
        postId: input.postId,
        authorId: input.authorId,
        parentId: input.parentId ?? null,
        body: input.body,
        bodyHtml: `<p>${escapeHtml(input.body)}</p>`,
        ...(input.createdAt && { createdAt: input.createdAt.toISOString() }),
      })
      .returning({ id: schema.comments.id });
    await tx
      .update(schema.posts)
      .set({ commentCount: sql`${schema.posts.commentCount} + 1` })
      .where(eq(schema.posts.id, input.postId));
    if (input.parentId)
      await tx
        .update(schema.comments)
        .set({ replyCount: sql`${schema.comments.replyCount} + 1` })
        .where(eq(schema.comments.id, input.parentId));
    return comment!;
  });
}
