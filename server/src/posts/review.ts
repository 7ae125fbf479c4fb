import { schema } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { SignedInContext } from '../context';
import { announcePublished, queuePublication } from './publication';

type PendingPost = { id: string; communityId: string | null; authorId: string };

/**
 * Publishes a post that waited for approval: now, or at its scheduled time if that is later.
 * Returns the post as decided.
 */
export async function approvePost(ctx: SignedInContext, pending: PendingPost) {
  const actorId = ctx.viewer.id;
  const post = await ctx.db.transaction(async (tx) => {
    const [decided] = await tx
      .update(schema.posts)
      .set({
        status: sql`case when ${schema.posts.publishedAt} > now() then 'scheduled' else 'published' end::post_status`,
        publishedAt: sql`greatest(${schema.posts.publishedAt}, now())`,
        reviewedById: actorId,
      })
      .where(and(eq(schema.posts.id, pending.id), eq(schema.posts.status, 'pending_approval')))
      .returning();
    if (decided?.status === 'scheduled')
      await queuePublication(tx, decided.id, new Date(decided.publishedAt));
    await audit(tx, actorId, 'post.approved', 'post', pending.id, { communityId: pending.communityId });
    return decided!;
  });
  ctx.services.events.emit('post.approval-decided', {
    postId: post.id,
    communityId: post.communityId!,
    authorId: post.authorId,
    approved: true,
    actorId,
    reason: null,
  });
  if (post.status === 'published') await announcePublished(ctx.services, post);
  return post;
}

/** Rejects a post that waited for approval, with a reason its author sees. */
export async function rejectPost(ctx: SignedInContext, pending: PendingPost, reason: string): Promise<void> {
  const actorId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(schema.posts)
      .set({ status: 'rejected', rejectionReason: reason, reviewedById: actorId })
      .where(eq(schema.posts.id, pending.id));
    await audit(tx, actorId, 'post.rejected', 'post', pending.id, {
      communityId: pending.communityId,
      reason,
    });
  });
  ctx.services.events.emit('post.approval-decided', {
    postId: pending.id,
    communityId: pending.communityId!,
    authorId: pending.authorId,
    approved: false,
    actorId,
    reason,
  });
}

/** Pins a post at the top of its community's feed, or unpins it. */
export async function setPinned(ctx: SignedInContext, postId: string, pinned: boolean): Promise<void> {
  await ctx.db
    .update(schema.posts)
    .set({ pinnedAt: pinned ? new Date() : null })
    .where(eq(schema.posts.id, postId));
}
