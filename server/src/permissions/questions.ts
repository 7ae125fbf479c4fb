import { type SQL, sql } from 'drizzle-orm';
import { communityRules } from './communities';
import { type PostAccess, postRules, readablePostById } from './posts';
import type { Viewer } from './viewer';

/** A question is its post, asked by someone: who may read it is who may read the post. */
export type QuestionAccess = { askedById: string; post: PostAccess };

/**
 * Questions and answers. Reading and answering follow the question's post; accepting an answer is
 * for the asker and the community's animators.
 */
export const questionRules = {
  'question:read': (viewer: Viewer, q: QuestionAccess) => postRules['post:read'](viewer, q.post),
  /** Answer, upvote an answer. */
  'question:answer': (viewer: Viewer, q: QuestionAccess) => postRules['post:interact'](viewer, q.post),
  'question:accept': (viewer: Viewer, q: QuestionAccess) =>
    postRules['post:read'](viewer, q.post) &&
    (q.askedById === viewer.id ||
      (!!q.post.community && communityRules['community:moderate'](viewer, q.post.community))),
};

/** The SQL side of `question:read` for one question row: its post, looked up by key. */
export function readableQuestionsWhere(viewer: Viewer | null, q: { postId: unknown }): SQL {
  return sql`${readablePostById(viewer, q.postId)}`;
}
