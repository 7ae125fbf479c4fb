import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { SignedInContext } from '../context';
import { NotFoundError } from '../errors';
import { recordFirstAnswer } from '../questions/answers';
import { loadCommentFor } from './access';
import { renderBody, storeReferences } from './body';
import { recountComments } from './counters';

type CommentRow = { id: string; postId: string; authorId: string };

/**
 * Comments a post the viewer may take part in, or replies to one of its comments: a reply to a
 * reply joins its thread. Returns the new comment's id.
 */
export async function addComment(
  ctx: SignedInContext,
  post: { id: string },
  input: { body: string; parentId: string | null },
): Promise<string> {
  const viewer = ctx.viewer;
  let threadId: string | null = null;
  if (input.parentId) {
    const { comment: parent } = await loadCommentFor(ctx.db, viewer, input.parentId);
    if (parent.postId !== post.id) throw new NotFoundError();
    threadId = parent.parentId ?? parent.id;
  }
  const rendered = await renderBody(ctx, viewer, input.body);
  const comment = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.comments)
      .values({
        postId: post.id,
        parentId: threadId,
        authorId: viewer.id,
        body: input.body,
        bodyHtml: rendered.html,
      })
      .returning({ id: schema.comments.id });
    await storeReferences(tx, { postId: post.id, commentId: created!.id }, rendered);
    await tx
      .update(schema.posts)
      .set({ commentCount: sql`${schema.posts.commentCount} + 1` })
      .where(eq(schema.posts.id, post.id));
    if (!threadId) await recordFirstAnswer(tx, post.id, viewer.id);
    if (threadId)
      await tx
        .update(schema.comments)
        .set({ replyCount: sql`${schema.comments.replyCount} + 1` })
        .where(eq(schema.comments.id, threadId));
    return created!;
  });
  ctx.services.events.emit('comment.created', {
    commentId: comment.id,
    postId: post.id,
    parentId: threadId,
    authorId: viewer.id,
    mentionedUserIds: rendered.mentionedUserIds,
  });
  return comment.id;
}

export async function editComment(ctx: SignedInContext, comment: CommentRow, body: string): Promise<void> {
  const rendered = await renderBody(ctx, ctx.viewer, body);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(schema.comments)
      .set({ body, bodyHtml: rendered.html, editedAt: new Date() })
      .where(eq(schema.comments.id, comment.id));
    await storeReferences(tx, { postId: comment.postId, commentId: comment.id }, rendered);
  });
}

/** Deletes a comment (its replies go with it) and recounts what readers see; kept for the audit. */
export async function deleteComment(ctx: SignedInContext, comment: CommentRow): Promise<void> {
  const actorId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    await tx.update(schema.comments).set({ deletedAt: new Date() }).where(eq(schema.comments.id, comment.id));
    await recountComments(tx, comment.postId);
    await audit(tx, actorId, 'comment.deleted', 'comment', comment.id, {
      postId: comment.postId,
      byAuthor: comment.authorId === actorId,
    });
  });
}
