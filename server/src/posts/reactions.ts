import { schema, type Tx } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../context';

export const reactionKinds = ['like', 'bravo', 'support', 'insightful', 'curious'] as const;
export type ReactionKindValue = (typeof reactionKinds)[number];

/** A post, or one of its comments when `commentId` is set. */
export type ReactionTarget = { postId: string; commentId: string | null };

/** Adds or changes the viewer's reaction; true when it is a new one (the counter moves). */
async function upsertReaction(tx: Tx, target: ReactionTarget, userId: string, kind: ReactionKindValue) {
  const table = target.commentId ? schema.commentReactions : schema.postReactions;
  const values = target.commentId
    ? { commentId: target.commentId, userId, kind }
    : { postId: target.postId, userId, kind };
  const key = target.commentId
    ? [schema.commentReactions.commentId, schema.commentReactions.userId]
    : [schema.postReactions.postId, schema.postReactions.userId];
  // xmax is 0 on a row this statement inserted, and set on a row it updated.
  const [row] = await tx
    .insert(table)
    .values(values as never)
    .onConflictDoUpdate({ target: key, set: { kind } })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return !!row?.inserted;
}

async function moveCounter(tx: Tx, target: ReactionTarget, by: 1 | -1) {
  if (target.commentId)
    await tx
      .update(schema.comments)
      .set({ reactionCount: sql`${schema.comments.reactionCount} + ${by}` })
      .where(eq(schema.comments.id, target.commentId));
  else
    await tx
      .update(schema.posts)
      .set({ reactionCount: sql`${schema.posts.reactionCount} + ${by}` })
      .where(eq(schema.posts.id, target.postId));
}

/** One reaction per person: a new kind replaces the old one, and only a new reaction is announced. */
export async function react(
  ctx: SignedInContext,
  target: ReactionTarget,
  kind: ReactionKindValue,
): Promise<void> {
  const userId = ctx.viewer.id;
  const added = await ctx.db.transaction(async (tx) => {
    const inserted = await upsertReaction(tx, target, userId, kind);
    if (inserted) await moveCounter(tx, target, 1);
    return inserted;
  });
  if (added) ctx.services.events.emit('reaction.added', { ...target, userId, kind });
}

export async function unreact(ctx: SignedInContext, target: ReactionTarget): Promise<void> {
  const userId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    const removed = target.commentId
      ? await tx
          .delete(schema.commentReactions)
          .where(
            and(
              eq(schema.commentReactions.commentId, target.commentId),
              eq(schema.commentReactions.userId, userId),
            ),
          )
          .returning()
      : await tx
          .delete(schema.postReactions)
          .where(and(eq(schema.postReactions.postId, target.postId), eq(schema.postReactions.userId, userId)))
          .returning();
    if (removed.length) await moveCounter(tx, target, -1);
  });
}
