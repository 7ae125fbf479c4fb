import { schema, type Tx } from '@levain/db';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { SignedInContext } from '../context';
import { NotAllowedError, ValidationError } from '../errors';
import { can, type QuestionAccess } from '../permissions';
import { loadCommentFor } from '../posts/access';

/** Called in the transaction that adds a top-level comment: the first one by someone else dates the first answer. */
export async function recordFirstAnswer(tx: Tx, postId: string, authorId: string): Promise<void> {
  await tx
    .update(schema.questions)
    .set({ firstAnswerAt: sql`now()` })
    .where(
      and(
        eq(schema.questions.postId, postId),
        isNull(schema.questions.firstAnswerAt),
        ne(schema.questions.askedById, authorId),
      ),
    );
}

/** An answer with its question and what the rules need; not found when either is not readable. */
async function loadAnswer(ctx: SignedInContext, answerId: string) {
  const { comment, post } = await loadCommentFor(ctx.db, ctx.viewer, answerId);
  const question = await ctx.db.query.questions.findFirst({ where: { postId: comment.postId } });
  if (!question) throw ValidationError.field('answerId', 'question.notAQuestion');
  if (comment.parentId) throw ValidationError.field('answerId', 'question.notAnAnswer');
  const access: QuestionAccess = { askedById: question.askedById, post };
  return { comment, question, access };
}

const secondsBetween = (from: Date | string, to: Date | string) =>
  Math.round((new Date(to).getTime() - new Date(from).getTime()) / 1000);

/** The asker or an animator accepts one answer (another one replaces it); the event carries the delays. */
export async function acceptAnswer(ctx: SignedInContext, answerId: string): Promise<string> {
  const viewer = ctx.viewer;
  const { comment, question, access } = await loadAnswer(ctx, answerId);
  if (!can(viewer, 'question:accept', access)) throw new NotAllowedError('question.acceptNotAllowed');
  const [accepted] = await ctx.db
    .update(schema.questions)
    .set({ acceptedAnswerId: comment.id, acceptedAt: sql`now()`, acceptedById: viewer.id })
    .where(eq(schema.questions.postId, question.postId))
    .returning();
  ctx.services.events.emit('qa.answer-accepted', {
    postId: question.postId,
    communityId: question.communityId,
    answerId: comment.id,
    answerAuthorId: comment.authorId,
    actorId: viewer.id,
    secondsToFirstAnswer: accepted!.firstAnswerAt
      ? secondsBetween(accepted!.askedAt, accepted!.firstAnswerAt)
      : null,
    secondsToAcceptedAnswer: secondsBetween(accepted!.askedAt, accepted!.acceptedAt!),
  });
  return question.postId;
}

/** Upvotes an answer (or takes the upvote back); members of the question's community, not its author. */
export async function voteForAnswer(
  ctx: SignedInContext,
  answerId: string,
  upvoted: boolean,
): Promise<string> {
  const viewer = ctx.viewer;
  const { comment, access } = await loadAnswer(ctx, answerId);
  if (!can(viewer, 'question:answer', access)) throw new NotAllowedError();
  if (comment.authorId === viewer.id) throw ValidationError.field('answerId', 'question.ownAnswerVote');
  if (upvoted)
    await ctx.db
      .insert(schema.answerVotes)
      .values({ commentId: comment.id, userId: viewer.id })
      .onConflictDoNothing();
  else
    await ctx.db
      .delete(schema.answerVotes)
      .where(and(eq(schema.answerVotes.commentId, comment.id), eq(schema.answerVotes.userId, viewer.id)));
  return comment.id;
}
