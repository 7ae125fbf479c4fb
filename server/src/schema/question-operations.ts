import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { readableQuestionsWhere } from '../permissions';
import { type PostLanguage, postLanguage } from '../posts/language';
import { acceptAnswer, voteForAnswer } from '../questions/answers';
import { askQuestion } from '../questions/asking';
import { builder } from './builder';
import { Community } from './community';
import { communityIdOf, MAX_POST } from './post-mutations';
import { Answer, Question } from './question';
import { fields, message } from './validation';

type QuestionRow = typeof schema.questions.$inferSelect;
const NOWHERE = '00000000-0000-0000-0000-000000000000';

builder.queryFields((t) => ({
  questions: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Question,
    description:
      'Questions the viewer may read, the newest first: of one community, else of the communities the viewer belongs to (or all they asked, with `mine`).',
    args: {
      communityId: t.arg.globalID({ for: Community }),
      unanswered: t.arg.boolean({ description: 'Only questions without an accepted answer.' }),
      mine: t.arg.boolean({ description: 'Only the questions the viewer asked.' }),
    },
    resolve: async (query, _root, { communityId, unanswered, mine }, ctx) => {
      const viewer = ctx.viewer;
      const rows = await ctx.db.query.questions.findMany(
        query({
          where: {
            ...(communityId && { communityId: communityIdOf(communityId) ?? NOWHERE }),
            ...(unanswered && { acceptedAnswerId: { isNull: true } }),
            ...(mine && { askedById: viewer.id }),
            RAW: (q) =>
              communityId || mine
                ? readableQuestionsWhere(viewer, q)
                : sql`${readableQuestionsWhere(viewer, q)} and ${q.communityId} in (select m.community_id
                    from community_memberships m where m.user_id = ${viewer.id} and m.status = 'active')`,
          },
          orderBy: { askedAt: 'desc', postId: 'desc' },
        }),
      );
      return rows as unknown as QuestionRow[];
    },
  }),
}));

const AskQuestionInput = builder.inputType('AskQuestionInput', {
  fields: (t) => ({
    communityId: t.globalID({ required: true, description: 'A community the viewer may post in.' }),
    body: t.string({ required: true, validate: fields.markdown(MAX_POST) }),
    skills: t.stringList({
      description:
        'Skills the question is about ("gestion de projet"); experts in them are ranked by accepted answers.',
      validate: z
        .array(z.string().max(60, message('validation.tooLong', { max: 60 })))
        .max(5, message('validation.tooMany', { max: 5 })),
    }),
    language: t.string({ validate: postLanguage }),
  }),
});

builder.mutationFields((t) => ({
  askQuestion: t.withAuth({ signedIn: true }).drizzleField({
    type: Question,
    description: 'Posts a question in a community (waiting for approval when the community requires it).',
    errors: {},
    args: { input: t.arg({ type: AskQuestionInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const postId = await askQuestion(ctx, {
        communityId: communityIdOf(input.communityId),
        body: input.body,
        skills: input.skills ?? [],
        language: (input.language as PostLanguage | null | undefined) ?? null,
      });
      return (await ctx.db.query.questions.findFirst(query({ where: { postId } })))!;
    },
  }),
  acceptAnswer: t.withAuth({ signedIn: true }).drizzleField({
    type: Question,
    description: 'Accepts an answer (the asker or an animator of the community); replaces an earlier one.',
    errors: {},
    args: { answerId: t.arg.globalID({ required: true, for: Answer }) },
    resolve: async (query, _root, { answerId }, ctx) => {
      const postId = await acceptAnswer(ctx, answerId.id);
      return (await ctx.db.query.questions.findFirst(query({ where: { postId } })))!;
    },
  }),
  upvoteAnswer: t.withAuth({ signedIn: true }).drizzleField({
    type: Answer,
    description: 'Upvotes an answer, or takes the upvote back with `upvoted: false`.',
    errors: {},
    args: {
      answerId: t.arg.globalID({ required: true, for: Answer }),
      upvoted: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (query, _root, { answerId, upvoted }, ctx) => {
      const id = await voteForAnswer(ctx, answerId.id, upvoted ?? true);
      return (await ctx.db.query.comments.findFirst(query({ where: { id } })))!;
    },
  }),
}));
