import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { setVisibility } from './actions';

export type Reversal = { actionId: string; actorId: string; reason: string };

/**
 * Reverses a hide or a removal on appeal (a warning has nothing to undo): the item is shown again
 * and a restore is recorded and audit-logged, in the caller's transaction. False when nothing
 * changed (the item was already restored, or the decision was a warning).
 */
export async function reverseDecision(tx: Tx, reversal: Reversal): Promise<boolean> {
  const [decision] = await tx
    .select()
    .from(schema.moderationActions)
    .where(eq(schema.moderationActions.id, reversal.actionId));
  if (!decision?.postId || (decision.action !== 'hide' && decision.action !== 'remove')) return false;
  const item = decision.commentId
    ? await tx
        .select({ moderation: schema.comments.moderation })
        .from(schema.comments)
        .where(eq(schema.comments.id, decision.commentId))
        .for('update')
    : await tx
        .select({ moderation: schema.posts.moderation })
        .from(schema.posts)
        .where(eq(schema.posts.id, decision.postId))
        .for('update');
  if (item[0]?.moderation === 'visible' || !item[0]) return false;
  await setVisibility(tx, { postId: decision.postId, commentId: decision.commentId }, 'visible');
  const [restored] = await tx
    .insert(schema.moderationActions)
    .values({
      actorId: reversal.actorId,
      action: 'restore',
      communityId: decision.communityId,
      postId: decision.postId,
      commentId: decision.commentId,
      subjectUserId: decision.subjectUserId,
      reason: reversal.reason,
    })
    .returning({ id: schema.moderationActions.id });
  await audit(
    tx,
    reversal.actorId,
    'moderation.restore',
    decision.commentId ? 'comment' : 'post',
    decision.commentId ?? decision.postId,
    {
      reverses: decision.id,
      restoreId: restored!.id,
      communityId: decision.communityId,
      reason: reversal.reason,
    },
  );
  return true;
}
