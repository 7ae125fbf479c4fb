import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../context';
import type { PathContent } from '../learning/path-draft';
import { followedEnrollmentsWhere, moderatedCommunityIds, readablePathsWhere } from '../permissions';
import { builder } from './builder';
import { Enrollment, LearningPath } from './learning-path';
import { fromJson } from './reaction';

/** Whether the viewer animates the path's community (one extra shared by the fields that need it). */
const managesExtra = new WeakMap<Context, (p: { communityId: unknown }) => SQL<boolean>>();
function manages(ctx: Context) {
  let extra = managesExtra.get(ctx);
  if (!extra) {
    extra = (p) => sql<boolean>`(${p.communityId} in ${moderatedCommunityIds(ctx.viewer)})`;
    managesExtra.set(ctx, extra);
  }
  return { extras: { manages: extra } };
}

type QuizScore = { title: string; best: number; attempts: number; passed: boolean };
const QuizScoreRef = builder.objectRef<QuizScore>('QuizScore').implement({
  description: 'A learner’s best score on one quiz of the path, over all their attempts.',
  fields: (t) => ({
    quizTitle: t.exposeString('title'),
    bestScore: t.int({ resolve: (s) => Number(s.best) }),
    attempts: t.int({ resolve: (s) => Number(s.attempts) }),
    passed: t.exposeBoolean('passed'),
  }),
});

const quizScores = (e: {
  pathId: unknown;
  userId: unknown;
}) => sql`(select coalesce(json_agg(json_build_object(
    'title', q.title, 'best', s.best, 'attempts', s.attempts, 'passed', s.passed) order by m.position, q.position), '[]')
  from quizzes q join learning_modules m on m.id = q.module_id
  join lateral (select max(a.score) as best, count(*) as attempts, bool_or(a.passed) as passed
    from quiz_attempts a where a.quiz_id = q.id and a.user_id = ${e.userId}) s on s.attempts > 0
  where m.path_id = ${e.pathId})`;

builder.drizzleObjectFields(Enrollment, (t) => ({
  learner: t.relation('user', { description: 'Who takes the path.' }),
  assignedBy: t.relation('assignedBy', {
    nullable: true,
    description: 'The animator or manager who assigned the path; null when the person enrolled.',
  }),
  overdue: t.boolean({
    description: 'Assigned with a due date now passed, and not completed.',
    select: { columns: { dueAt: true, completedAt: true } },
    resolve: (e) => !!e.dueAt && !e.completedAt && e.dueAt.getTime() < Date.now(),
  }),
  quizScores: t.field({
    type: [QuizScoreRef],
    description: 'The best score on each quiz attempted, in the order of the path.',
    select: { extras: { quizScores } },
    resolve: (e) => fromJson<QuizScore[]>(e.quizScores),
  }),
}));

builder.drizzleObjectFields(LearningPath, (t) => ({
  viewerCanManage: t.boolean({
    description: 'The viewer animates the path’s community: they edit the path and follow every learner.',
    select: (_args, ctx) => manages(ctx),
    resolve: (p) => !!p.manages,
  }),
  viewerCanAssign: t.boolean({
    description:
      'The viewer may assign the path: its animators (to anyone), a manager (to their direct reports).',
    select: (_args, ctx) => ({
      extras: {
        ...manages(ctx).extras,
        leadsPeople: () =>
          sql<boolean>`exists (select 1 from users u where u.manager_id = ${ctx.viewer?.id ?? null}
            and u.status = 'active')`,
      },
    }),
    resolve: (p) => !!p.manages || !!p.leadsPeople,
  }),
  editableContent: t.field({
    type: 'JSON',
    nullable: true,
    description:
      'The path as its editor writes it (lesson Markdown, right answers, raw step ids), for its animators only; null for others.',
    select: (_args, ctx) => ({
      ...manages(ctx),
      columns: { title: true, summary: true },
      with: {
        modules: {
          orderBy: { position: 'asc' },
          with: {
            lessons: { columns: { moduleId: false, bodyHtml: false } },
            quizzes: {
              with: {
                questions: {
                  orderBy: { position: 'asc' },
                  with: { choices: { orderBy: { position: 'asc' } } },
                },
              },
            },
          },
        },
      },
    }),
    resolve: (p): PathContent | null => {
      if (!p.manages) return null;
      return {
        title: p.title,
        summary: p.summary,
        modules: p.modules.map((m) => ({
          title: m.title,
          steps: [
            ...m.lessons.map((l) => ({ at: l.position, step: { kind: 'lesson' as const, ...pick(l) } })),
            ...m.quizzes.map((q) => ({
              at: q.position,
              step: {
                kind: 'quiz' as const,
                id: q.id,
                title: q.title,
                passMark: q.passMark,
                attemptsAllowed: q.attemptsAllowed,
                questions: q.questions.map((question) => ({
                  prompt: question.prompt,
                  multipleChoice: question.multipleChoice,
                  choices: question.choices.map(({ label, correct, explanation }) => ({
                    label,
                    correct,
                    explanation,
                  })),
                })),
              },
            })),
          ]
            .sort((a, b) => a.at - b.at)
            .map((s) => s.step),
        })),
      };
    },
  }),
  learners: t.relatedConnection('enrollments', {
    description:
      'Who takes the path, with their progress and quiz scores: every learner for its animators, the people they assigned for a manager, nobody for others. The latest enrolment first.',
    args: { overdueOnly: t.arg.boolean({ description: 'Only those past their due date and not done.' }) },
    query: ({ overdueOnly }, ctx) => ({
      where: {
        RAW: (e) =>
          sql`${followedEnrollmentsWhere(ctx.viewer, e)} ${
            overdueOnly ? sql`and ${e.completedAt} is null and ${e.dueAt} < now()` : sql``
          }`,
      },
      orderBy: { enrolledAt: 'desc', id: 'desc' },
    }),
  }),
}));

type EnrollmentRow = typeof schema.enrollments.$inferSelect;

const pick = (l: { id: string; title: string; body: string; estimatedMinutes: number }) => ({
  id: l.id,
  title: l.title,
  body: l.body,
  estimatedMinutes: l.estimatedMinutes,
});

builder.queryFields((t) => ({
  assignedLearning: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Enrollment,
    description:
      'The paths the viewer assigned to others, with each person’s progress and whether they are overdue; the latest first.',
    args: { overdueOnly: t.arg.boolean() },
    resolve: async (query, _root, { overdueOnly }, ctx) => {
      const rows = await ctx.db.query.enrollments.findMany(
        query({
          where: {
            assignedById: ctx.viewer.id,
            ...(overdueOnly && { completedAt: { isNull: true }, dueAt: { lt: new Date() } }),
            RAW: (e) =>
              sql`${e.pathId} in (select p.id from learning_paths p where ${readablePathsWhere(ctx.viewer, {
                communityId: sql`p.community_id`,
              })})`,
          },
          orderBy: { enrolledAt: 'desc', id: 'desc' },
        }),
      );
      return rows as unknown as EnrollmentRow[];
    },
  }),
}));
