import { mutate, query } from '../../lib/graphql/api';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { AddComment, CommentSource, DeleteComment, UpdateComment } from './comment-documents';
import type { CommentData } from './fragments';

export type Saved = { ok: true; comment: CommentData } | { ok: false; failure: Failure };

export async function addComment(
  postId: string,
  body: string,
  parentId: string | null = null,
): Promise<Saved> {
  const result = outcome((await mutate(AddComment, { postId, parentId, body })).addComment);
  return result.ok ? { ok: true, comment: result.data } : result;
}

export async function updateComment(id: string, body: string): Promise<Saved> {
  const result = outcome((await mutate(UpdateComment, { id, body })).updateComment);
  return result.ok ? { ok: true, comment: result.data } : result;
}

/** Null when deleted, else the reason it was not. */
export async function deleteComment(id: string): Promise<Failure | null> {
  const result = outcome((await mutate(DeleteComment, { id })).deleteComment);
  return result.ok ? null : result.failure;
}

/** The Markdown a comment was written in, for its edit form. */
export async function commentSource(id: string): Promise<string> {
  const { node } = await query(CommentSource, { id });
  return node && 'body' in node ? node.body : '';
}
