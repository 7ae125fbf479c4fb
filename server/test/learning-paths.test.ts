import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { createPath, twoQuestionQuiz } from './support/documents/learning';
import {
  CERTIFICATE,
  COMPLETE,
  ENROLL,
  gid,
  MY_ENROLLMENTS,
  PATH,
  QUIZ,
  SUBMIT,
} from './support/fixtures/learning';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let learner: SignedInClient;
let colleague: SignedInClient;
let communityId: string;
const completed: AppEvents['learning.path-completed'][] = [];

beforeAll(async () => {
  app = await createTestApp();
  learner = await app.signedIn([], { name: 'Léa Dubois' });
  colleague = await app.signedIn();
  app.services.events.on('learning.path-completed', (e) => void completed.push(e));
  communityId = (
    await createCommunity(app, {
      kind: 'learning',
      visibility: 'private',
      members: [{ userId: learner.user.id }],
    })
  ).id;
});
afterAll(() => app.close());

type Question = { id: string; multipleChoice: boolean; choices: { id: string; label: string }[] };

/** A new path in the community, read as the learner sees it, with its quiz's questions. */
async function arrange(options: Parameters<typeof createPath>[2] = {}) {
  const { id } = await createPath(app, communityId, options);
  const pathId = gid('LearningPath', id);
  const path = (await learner.data(PATH, { id: pathId })).learningPath;
  const steps = path.modules[0];
  const quizId = steps.quizzes[0]?.id as string | undefined;
  const quiz = quizId ? (await learner.data(QUIZ, { id: quizId })).node : null;
  return {
    pathId,
    path,
    lessonIds: steps.lessons.map((l: { id: string }) => l.id) as string[],
    quizId,
    quiz,
  };
}

/** Answers by choice label, question by question. */
const answer = (questions: Question[], labels: string[][]) =>
  questions.map((q, i) => ({
    questionId: q.id,
    choiceIds: labels[i]!.map((label) => q.choices.find((c) => c.label === label)!.id),
  }));
const RIGHT = [['Its animators'], ['Stay factual', 'Alert the chief CM']];
const HALF_RIGHT = [['Its animators'], ['Stay factual']];

const attemptsOf = async (userId: string) =>
  (await app.services.db.select().from(schema.quizAttempts).where(eq(schema.quizAttempts.userId, userId)))
    .length;

describe('taking a path', () => {
  it('enrols, resumes at the first step not done, and completes with a certificate', async () => {
    const { pathId, lessonIds, quizId, quiz } = await arrange({ title: 'CM academy', lessons: 2 });

    const enrolled = await learner.data(ENROLL, { id: pathId });
    expect(enrolled.enroll.data.progress).toEqual({ completedSteps: 0, totalSteps: 3 });

    const first = await learner.data(COMPLETE, { id: lessonIds[0] });
    expect(first.completeLesson.data.progress).toEqual({
      completedSteps: 1,
      totalSteps: 3,
      nextStep: { kind: 'lesson', title: 'Lesson 2' },
    });
    const second = await learner.data(COMPLETE, { id: lessonIds[1] });
    expect(second.completeLesson.data.progress.nextStep).toEqual({ kind: 'quiz', title: 'Check' });
    expect(second.completeLesson.data.completedAt).toBeNull();

    const passed = await learner.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, RIGHT) });
    expect(passed.submitQuiz.data).toMatchObject({ score: 100, passed: true });
    await app.services.events.settled();

    const { learningPath } = await learner.data(PATH, { id: pathId });
    expect(learningPath.viewerEnrollment.completedAt).not.toBeNull();
    expect(learningPath.viewerEnrollment.progress).toMatchObject({ percent: 100, nextStep: null });
    const certificateId = learningPath.viewerEnrollment.certificate.id;
    expect(learningPath.viewerEnrollment.certificate.verificationUrl).toMatch(
      new RegExp(`/certificates/${certificateId}$`),
    );
    expect(completed).toContainEqual({
      pathId: pathId && Buffer.from(pathId, 'base64').toString().split(':')[1],
      communityId,
      userId: learner.user.id,
      certificateId,
    });

    const mine = await learner.data(MY_ENROLLMENTS, { first: 10, completed: true });
    expect(mine.myEnrollments.edges.map((e: any) => e.node.path.title)).toContain('CM academy');
  });

  it('shows a certificate’s name, path and date to a colleague outside the private community, not the path', async () => {
    const { pathId, lessonIds } = await arrange({ title: 'Moderation basics', quiz: null });
    await learner.data(ENROLL, { id: pathId });
    await learner.data(COMPLETE, { id: lessonIds[0] });
    const { learningPath } = await learner.data(PATH, { id: pathId });
    const id = learningPath.viewerEnrollment.certificate.id;

    const seen = await colleague.data(CERTIFICATE, { id });
    expect(seen.certificate).toMatchObject({
      holderName: 'Léa Dubois',
      pathTitle: 'Moderation basics',
      path: null,
    });
    expect(seen.certificate.issuedAt).toEqual(expect.any(String));
    expect((await learner.data(CERTIFICATE, { id })).certificate.path).toEqual({ id: pathId });
    expect((await colleague.data(PATH, { id: pathId })).learningPath).toBeNull();
  });
});

describe('quizzes checked on the server', () => {
  it('never sends which answers are correct before an attempt', async () => {
    const { quizId } = await arrange();
    const raw = JSON.stringify(
      await learner.data(
        `query($id: ID!) { node(id: $id) { ... on Quiz { questions { choices { __typename } } } } }`,
        {
          id: quizId,
        },
      ),
    );
    expect(raw).not.toMatch(/correct|explanation/);
    const introspection = await learner.data(`{ __type(name: "QuizChoice") { fields { name } } }`);
    expect(introspection.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['id', 'label']);
  });

  it('fails then passes: a failed attempt tells what was wrong, not the right answers while attempts remain', async () => {
    const { pathId, quizId, quiz } = await arrange({ quiz: twoQuestionQuiz(3) });
    await learner.data(ENROLL, { id: pathId });

    const failed = await learner.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, HALF_RIGHT) });
    expect(failed.submitQuiz.data).toMatchObject({ score: 50, passed: false });
    const [first, second] = failed.submitQuiz.data.results;
    expect(first.correct).toBe(true);
    expect(second.correct).toBe(false);
    expect(second.choices.every((c: { correct: unknown }) => c.correct === null)).toBe(true);
    expect(first.choices.find((c: any) => c.chosen).explanation).toBe('Animators moderate.');
    expect(first.choices.find((c: any) => !c.chosen).explanation).toBeNull();
    expect((await learner.data(QUIZ, { id: quizId })).node).toMatchObject({
      viewerAttemptsLeft: 2,
      viewerPassed: false,
    });

    const passed = await learner.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, RIGHT) });
    expect(passed.submitQuiz.data).toMatchObject({ score: 100, passed: true });
    expect(passed.submitQuiz.data.results[1].choices.map((c: any) => c.correct)).toEqual([false, true, true]);

    const again = await learner.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, RIGHT) });
    expect(again.submitQuiz).toMatchObject({
      __typename: 'ValidationError',
      message: 'You have already passed this quiz.',
    });
  });

  it('refuses an attempt beyond those allowed, in the viewer’s language, and writes nothing', async () => {
    const french = await app.signedIn([], { locale: 'fr' });
    await app.services.db
      .insert(schema.communityMemberships)
      .values({ communityId, userId: french.user.id, role: 'member' });
    const { pathId, quizId, quiz } = await arrange({ quiz: twoQuestionQuiz(2) });
    await french.data(ENROLL, { id: pathId });
    for (let i = 0; i < 2; i += 1)
      expect(
        (await french.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, HALF_RIGHT) })).submitQuiz
          .data.passed,
      ).toBe(false);

    const refused = await french.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, RIGHT) });
    expect(refused.submitQuiz).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringContaining('toutes les tentatives autorisées'),
      issues: [{ field: 'quizId' }],
    });
    expect(await attemptsOf(french.user.id)).toBe(2);
  });

  it('answers bad submissions with errors naming the field, and writes nothing', async () => {
    const checker = await app.signedIn();
    await app.services.db
      .insert(schema.communityMemberships)
      .values({ communityId, userId: checker.user.id });
    const { pathId, quizId, quiz } = await arrange();
    const [single, multiple] = quiz.questions as Question[];
    const submit = (answers: unknown) => checker.data(SUBMIT, { id: quizId, answers });

    expect((await submit(answer(quiz.questions, RIGHT))).submitQuiz.message).toBe(
      'Enrol in the path to record your progress.',
    );
    await checker.data(ENROLL, { id: pathId });
    const cases: [unknown, string, string][] = [
      [
        [
          { questionId: single!.id, choiceIds: single!.choices.map((c) => c.id) },
          { questionId: multiple!.id, choiceIds: [multiple!.choices[1]!.id] },
        ],
        'answers.0.choiceIds',
        'Only one answer is possible on this question.',
      ],
      [
        [
          { questionId: single!.id, choiceIds: [multiple!.choices[0]!.id] },
          { questionId: multiple!.id, choiceIds: [multiple!.choices[1]!.id] },
        ],
        'answers.0.choiceIds',
        'This answer is not one of the question’s choices: reload the page.',
      ],
      [
        [{ questionId: single!.id, choiceIds: [single!.choices[0]!.id] }],
        'answers',
        'Answer every question before submitting.',
      ],
      [
        [
          { questionId: 'not-a-question', choiceIds: [] },
          { questionId: multiple!.id, choiceIds: [] },
        ],
        'answers.0.questionId',
        'This question is not part of the quiz: reload the page.',
      ],
    ];
    for (const [answers, field, message] of cases) {
      const result = (await submit(answers)).submitQuiz;
      expect(result.__typename).toBe('ValidationError');
      expect(result.issues).toContainEqual({ field, message });
    }
    const tooMany = await submit(
      Array.from({ length: 101 }, () => ({ questionId: single!.id, choiceIds: [] })),
    );
    expect(tooMany.submitQuiz.__typename).toBe('ValidationError');
    expect(await attemptsOf(checker.user.id)).toBe(0);
  });

  it('refuses a quiz after the enrolment’s due date', async () => {
    const late = await app.signedIn();
    await app.services.db.insert(schema.communityMemberships).values({ communityId, userId: late.user.id });
    const { pathId, quizId, quiz } = await arrange();
    await late.data(ENROLL, { id: pathId });
    await app.services.db
      .update(schema.enrollments)
      .set({ dueAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.enrollments.userId, late.user.id));
    const refused = await late.data(SUBMIT, { id: quizId, answers: answer(quiz.questions, RIGHT) });
    expect(refused.submitQuiz).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'quizId' }],
    });
    expect(await attemptsOf(late.user.id)).toBe(0);
  });
});
