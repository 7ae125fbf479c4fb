import { sql } from 'drizzle-orm';
import type { Context } from '../context';
import { can, type QuestionAccess, readableCommentsWhere, readableQuestionsWhere } from '../permissions';
import { type AccessRow, accessSelection, isUuid, NOBODY, toPostAccess } from '../posts/access';
import { builder } from './builder';
import { Comment } from './comment';
import { Post, visibleTopLevelComments } from './post';

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;
const seconds = (from: string, to: Date | null) =>
  to ? Math.round((to.getTime() - new Date(from).getTime()) / 1000) : null;

/** Answers loaded through `node(id)`: readable top-level comments of a question (the relay plugin
 * prefers `loadMany` to the drizzle plugin's loader, whose types do not list it). */
const readableAnswers = {
  loadMany: async (ids: string[], ctx: Context) => {
    const rows = await ctx.db.query.comments.findMany({
      columns: { search: false },
      where: {
        id: { in: ids.filter(isUuid) },
        parentId: { isNull: true },
        RAW: (c) =>
          sql`${readableCommentsWhere(ctx.viewer, c)} and exists (select 1 from questions q where q.post_id = ${c.postId})`,
      },
    });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
};

/** Questions loaded through `node(id)`: the same rule as the lists. */
const readableQuestions = {
  loadMany: async (ids: string[], ctx: Context) => {
    const rows = await ctx.db.query.questions.findMany({
      where: { postId: { in: ids.filter(isUuid) }, RAW: (q) => readableQuestionsWhere(ctx.viewer, q) },
    });
    return ids.map((id) => rows.find((row) => row.postId === id) ?? null);
  },
};

export const Answer = builder.drizzleNode('comments', {
  variant: 'Answer',
  description: 'An answer to a question: a top-level comment of its post, which members upvote.',
  authScopes: { signedIn: true },
  id: { column: (c) => c.id },
  select: { columns: { id: true } },
  ...readableAnswers,

  fields: (t) => ({
    comment: t.variant(Comment),
    body: t.exposeString('body'),
    bodyHtml: t.exposeString('bodyHtml'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    author: t.relation('author'),
    accepted: t.boolean({
      description: 'Whether the asker or an animator accepted this answer.',
      select: {
        extras: {
          isAccepted: (c) =>
            sql<boolean>`exists (select 1 from questions q where q.accepted_answer_id = ${c.id})`,
        },
      },
      resolve: (c) => !!(c as { isAccepted?: boolean }).isAccepted,
    }),
    upvoteCount: t.int({
      select: {
        extras: {
          upvotes: (c) =>
            sql<number>`(select count(*)::int from answer_votes v where v.comment_id = ${c.id})`,
        },
      },
      resolve: (c) => Number((c as { upvotes?: number }).upvotes ?? 0),
    }),
    viewerHasUpvoted: t.boolean({
      select: (_args, ctx) => ({
        extras: {
          upvotedByViewer: (c) =>
            sql<boolean>`exists (select 1 from answer_votes v where v.comment_id = ${c.id} and v.user_id = ${viewerId(ctx)})`,
        },
      }),
      resolve: (c) => !!(c as { upvotedByViewer?: boolean }).upvotedByViewer,
    }),
  }),
});

export const Question = builder.drizzleNode('questions', {
  name: 'Question',
  description: 'A post asked as a question in a community; answered once an answer is accepted.',
  authScopes: { signedIn: true },
  id: { column: (q) => q.postId },
  select: { columns: { postId: true } },
  ...readableQuestions,

  fields: (t) => ({
    post: t.relation('post', { type: Post }),
    community: t.relation('community'),
    askedBy: t.relation('askedBy'),
    askedAt: t.expose('askedAt', { type: 'DateTime' }),
    answered: t.boolean({
      description: 'Whether an answer was accepted.',
      select: { columns: { acceptedAnswerId: true } },
      resolve: (q) => !!q.acceptedAnswerId,
    }),
    firstAnswerAt: t.expose('firstAnswerAt', { type: 'DateTime', nullable: true }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    secondsToFirstAnswer: t.int({
      nullable: true,
      description: 'Time to first answer (by someone other than the asker), in seconds.',
      select: { columns: { askedAt: true, firstAnswerAt: true } },
      resolve: (q) => seconds(q.askedAt, q.firstAnswerAt),
    }),
    secondsToAcceptedAnswer: t.int({
      nullable: true,
      description: 'Time to the accepted answer, in seconds.',
      select: { columns: { askedAt: true, acceptedAt: true } },
      resolve: (q) => seconds(q.askedAt, q.acceptedAt),
    }),
    acceptedAnswer: t.relation('acceptedAnswer', {
      type: Answer,
      nullable: true,
      query: { where: { moderation: 'visible', deletedAt: { isNull: true } } },
    }),
    answers: t.relatedConnection('answers', {
      type: Answer,
      description: 'Answers, oldest first.',
      query: { where: visibleTopLevelComments, orderBy: { createdAt: 'asc', id: 'asc' } },
    }),
    skills: t.stringList({
      description: 'The skills the question is tagged with.',
      select: { with: { skills: { columns: { label: true } } } },
      resolve: (q) => q.skills.map((s) => s.label).sort((a, b) => a.localeCompare(b)),
    }),
    viewerCanAccept: t.boolean({
      description: 'Whether the viewer may accept an answer: the asker or an animator.',
      select: (_args, ctx) => ({
        columns: { askedById: true },
        with: { post: accessSelection(ctx.viewer?.id) },
      }),
      resolve: (q, _args, ctx) => {
        const access: QuestionAccess = { askedById: q.askedById, post: toPostAccess(q.post as AccessRow) };
        return can(ctx.viewer, 'question:accept', access);
      },
    }),
  }),
});

builder.drizzleObjectFields(Post, (t) => ({
  question: t.relation('question', {
    type: Question,
    nullable: true,
    description: 'The question this post asks, if it is one (with whether it is answered).',
  }),
}));
