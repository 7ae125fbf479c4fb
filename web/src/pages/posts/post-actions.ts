import { mutate, query } from '../../lib/graphql/api';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { Bookmark, DeletePost, PinPost, PostSource, Unbookmark, UnpinPost, UpdatePost } from './documents';
import type { PostData } from './fragments';

export async function setBookmarked(postId: string, on: boolean): Promise<Failure | null> {
  const result = on
    ? outcome((await mutate(Bookmark, { postId })).bookmarkPost)
    : outcome((await mutate(Unbookmark, { postId })).unbookmarkPost);
  return result.ok ? null : result.failure;
}

export async function setPinned(id: string, on: boolean): Promise<Failure | null> {
  const result = on
    ? outcome((await mutate(PinPost, { id })).pinPost)
    : outcome((await mutate(UnpinPost, { id })).unpinPost);
  return result.ok ? null : result.failure;
}

export async function deletePost(id: string): Promise<Failure | null> {
  const result = outcome((await mutate(DeletePost, { id })).deletePost);
  return result.ok ? null : result.failure;
}

export async function updatePost(
  id: string,
  body: string,
  language: string | null = null,
): Promise<{ ok: true; post: PostData } | { ok: false; failure: Failure }> {
  const result = outcome((await mutate(UpdatePost, { id, body, language })).updatePost);
  return result.ok ? { ok: true, post: result.data } : result;
}

/** The Markdown a post was written in and its language, for its edit form. */
export async function postSource(id: string): Promise<{ body: string; language: string | null }> {
  const { post } = await query(PostSource, { id });
  return { body: post?.body ?? '', language: post?.language ?? null };
}
