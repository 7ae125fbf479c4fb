import { sql } from 'drizzle-orm';
import type { Context } from '../context';
import { isRight } from '../learning/grading';
import { readableModuleIds } from '../permissions';
import { NOBODY } from '../posts/access';
import { builder } from './builder';
import { readableNodes } from './learning-path';

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;

/** The viewer's attempts on the quiz's current version, and whether one passed: one extra for both fields. */
const viewerAttemptsExtra = new WeakMap<
  Context,
  (q: { id: unknown; version: unknown }) => ReturnType<typeof sql>
>();
function viewerStanding(ctx: Context) {
  let extra = viewerAttemptsExtra.get(ctx);
  if (!extra) {
    extra = (
      q,
    ) => sql`(select json_build_object('used', count(*), 'passed', coalesce(bool_or(a.passed), false))
      from quiz_attempts a where a.quiz_id = ${q.id} and a.user_id = ${viewerId(ctx)} and a.quiz_version = ${q.version})`;
    viewerAttemptsExtra.set(ctx, extra);
  }
  return { extras: { standing: extra } };
}
type Standing = { used: number; passed: boolean };
const standingOf = (value: unknown): Standing =>
  (typeof value === 'string' ? JSON.parse(value) : value) as Standing;

const QuizChoice = builder.drizzleObject('quizChoices', {
  name: 'QuizChoice',
  description: 'A possible answer. Whether it is correct is only told in an attempt’s results.',
  fields: (t) => ({ id: t.exposeID('id'), label: t.exposeString('label') }),
});

builder.drizzleObject('quizQuestions', {
  name: 'QuizQuestion',
  fields: (t) => ({
    id: t.exposeID('id'),
    prompt: t.exposeString('prompt'),
    multipleChoice: t.exposeBoolean('multipleChoice', { description: 'Several answers may be chosen.' }),
    choices: t.relation('choices', { type: QuizChoice, query: { orderBy: { position: 'asc' } } }),
  }),
});

export const Quiz = builder.drizzleNode('quizzes', {
  name: 'Quiz',
  authScopes: { signedIn: true },
  id: { column: (quiz) => quiz.id },
  select: { columns: { id: true, version: true, attemptsAllowed: true } },
  ...readableNodes((ids, ctx) =>
    ctx.db.query.quizzes.findMany({
      where: { id: { in: ids }, RAW: (q) => sql`${q.moduleId} in ${readableModuleIds(ctx.viewer)}` },
    }),
  ),
  fields: (t) => ({
    title: t.exposeString('title'),
    position: t.exposeInt('position', { description: 'Its place in the module, among lessons and quizzes.' }),
    passMark: t.exposeInt('passMark', { description: 'Share of right answers needed to pass, in percent.' }),
    attemptsAllowed: t.exposeInt('attemptsAllowed'),
    version: t.exposeInt('version'),
    module: t.relation('module'),
    questions: t.relation('questions', { query: { orderBy: { position: 'asc' } } }),
    viewerAttemptsLeft: t.int({
      select: (_args, ctx) => viewerStanding(ctx),
      resolve: (q) => Math.max(0, q.attemptsAllowed - Number(standingOf(q.standing).used)),
    }),
    viewerPassed: t.boolean({
      select: (_args, ctx) => viewerStanding(ctx),
      resolve: (q) => standingOf(q.standing).passed,
    }),
    viewerAttempts: t.relation('attempts', {
      description: 'The viewer’s attempts, the latest first.',
      query: (_args, ctx) => ({
        where: { userId: viewerId(ctx) },
        orderBy: { submittedAt: 'desc' },
        limit: 20,
      }),
    }),
  }),
});

type ChoiceResult = {
  id: string;
  label: string;
  chosen: boolean;
  correct: boolean | null;
  explanation: string | null;
};
type QuestionResult = { questionId: string; prompt: string; correct: boolean; choices: ChoiceResult[] };

const QuizChoiceResult = builder.objectRef<ChoiceResult>('QuizChoiceResult').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    chosen: t.exposeBoolean('chosen'),
    correct: t.exposeBoolean('correct', {
      nullable: true,
      description: 'Told once the quiz is passed or no attempt is left; null before.',
    }),
    explanation: t.exposeString('explanation', {
      nullable: true,
      description:
        'Why this answer is right or wrong: for the chosen answers, and for all once correct answers are told.',
    }),
  }),
});

const QuizQuestionResult = builder.objectRef<QuestionResult>('QuizQuestionResult').implement({
  fields: (t) => ({
    questionId: t.exposeID('questionId'),
    prompt: t.exposeString('prompt'),
    correct: t.exposeBoolean('correct', {
      description: 'Whether the chosen answers were exactly the right ones.',
    }),
    choices: t.field({ type: [QuizChoiceResult], resolve: (r) => r.choices }),
  }),
});

builder.drizzleObject('quizAttempts', {
  name: 'QuizAttempt',
  description: 'One submission of a quiz, checked on the server.',
  fields: (t) => ({
    id: t.exposeID('id'),
    score: t.exposeInt('score', { description: 'Questions answered right, in percent.' }),
    passed: t.exposeBoolean('passed'),
    quizVersion: t.exposeInt('quizVersion'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    quiz: t.relation('quiz'),
    results: t.field({
      type: [QuizQuestionResult],
      select: {
        columns: { answers: true, passed: true, quizVersion: true },
        extras: {
          attemptsUsed: (a) => sql<number>`(select count(*)::int from quiz_attempts o
            where o.quiz_id = ${a.quizId} and o.user_id = ${a.userId} and o.quiz_version = ${a.quizVersion})`,
        },
        with: {
          quiz: {
            columns: { attemptsAllowed: true },
            with: {
              questions: {
                orderBy: { position: 'asc' },
                with: { choices: { orderBy: { position: 'asc' } } },
              },
            },
          },
        },
      },
      resolve: (attempt) => {
        const reveal = attempt.passed || Number(attempt.attemptsUsed) >= attempt.quiz.attemptsAllowed;
        return attempt.quiz.questions.map((question) => {
          const chosen = attempt.answers[question.id] ?? [];
          return {
            questionId: question.id,
            prompt: question.prompt,
            correct: isRight(question, chosen),
            choices: question.choices.map((choice) => {
              const wasChosen = chosen.includes(choice.id);
              return {
                id: choice.id,
                label: choice.label,
                chosen: wasChosen,
                correct: reveal ? choice.correct : null,
                explanation: (reveal || wasChosen) && choice.explanation ? choice.explanation : null,
              };
            }),
          };
        });
      },
    }),
  }),
});
