import { type Db, schema } from '@levain/db';
import { and, count, eq, sql } from 'drizzle-orm';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import type { MessageKey } from '../i18n/messages';
import type { Viewer } from '../permissions';
import { isUuid } from '../posts/access';
import { pathFor } from './access';
import { type Completion, enrollmentOf, finishIfComplete } from './enrollment';
import { grade, type SubmittedAnswer } from './grading';

/** The whole submission is refused: the message says why, the field is the quiz. */
const refusal = (key: MessageKey) => new ValidationError([{ field: 'quizId', message: { key } }], key);

export type QuizAttemptRow = typeof schema.quizAttempts.$inferSelect;

/**
 * Checks and records one attempt. The enrolment row is locked, so two submissions at once cannot
 * both use the last attempt allowed.
 */
export async function submitQuiz(
  db: Db,
  viewer: Viewer,
  quizId: string,
  answers: SubmittedAnswer[],
  now = new Date(),
): Promise<{ attempt: QuizAttemptRow; completion: Completion | null }> {
  if (!isUuid(quizId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const quiz = await tx.query.quizzes.findFirst({
      where: { id: quizId },
      with: {
        module: { columns: { pathId: true } },
        questions: {
          columns: { id: true, multipleChoice: true },
          with: { choices: { columns: { id: true, correct: true } } },
        },
      },
    });
    if (!quiz) throw new NotFoundError();
    const path = await pathFor(tx, viewer, quiz.module.pathId, 'learning-path:learn', 'learning.cannotLearn');
    const enrollment = await enrollmentOf(tx, path.id, viewer.id, true);
    if (!enrollment) throw new NotAllowedError('learning.enrollFirst');
    if (enrollment.dueAt && enrollment.dueAt <= now) throw refusal('learning.pastDue');
    const mine = and(
      eq(schema.quizAttempts.quizId, quiz.id),
      eq(schema.quizAttempts.userId, viewer.id),
      eq(schema.quizAttempts.quizVersion, quiz.version),
    );
    const [previous] = await tx
      .select({
        attempts: count(),
        passed: sql<boolean>`coalesce(bool_or(${schema.quizAttempts.passed}), false)`,
      })
      .from(schema.quizAttempts)
      .where(mine);
    if (previous!.passed) throw refusal('learning.quizAlreadyPassed');
    if (previous!.attempts >= quiz.attemptsAllowed) throw refusal('learning.noAttemptsLeft');
    const graded = grade(quiz.questions, answers, quiz.passMark);
    const [attempt] = await tx
      .insert(schema.quizAttempts)
      .values({ quizId: quiz.id, userId: viewer.id, quizVersion: quiz.version, submittedAt: now, ...graded })
      .returning();
    const { completion } = graded.passed
      ? await finishIfComplete(tx, path, enrollment)
      : { completion: null };
    return { attempt: attempt!, completion };
  });
}
