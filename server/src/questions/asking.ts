import { schema } from '@levain/db';
import type { SignedInContext } from '../context';
import { ValidationError } from '../errors';
import type { PostLanguage } from '../posts/language';
import { writePost } from '../posts/write';
import { checkedLabels, skillIds } from '../skills/skill-names';

export type QuestionDraft = {
  communityId: string | null;
  body: string;
  skills: string[];
  language: PostLanguage | null;
};

/**
 * Asks a question: a post in a community the asker may post in, flagged as a question and tagged
 * with skills, written in one transaction. Returns the post's id.
 */
export async function askQuestion(ctx: SignedInContext, draft: QuestionDraft): Promise<string> {
  if (!draft.communityId) throw ValidationError.field('communityId', 'question.needsCommunity');
  const skills = checkedLabels(draft.skills, 'skills');
  return writePost(ctx, {
    communityId: draft.communityId,
    body: draft.body,
    isAnnouncement: false,
    publishAt: null,
    attachmentIds: [],
    poll: null,
    language: draft.language,
    inTransaction: async (tx, postId) => {
      await tx
        .insert(schema.questions)
        .values({ postId, communityId: draft.communityId!, askedById: ctx.viewer.id });
      const ids = await skillIds(tx, skills);
      if (ids.length)
        await tx.insert(schema.questionSkills).values(ids.map((skillId) => ({ postId, skillId })));
    },
  });
}
