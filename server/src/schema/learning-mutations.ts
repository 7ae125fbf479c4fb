import { z } from 'zod';
import type { Context } from '../context';
import { type Completion, completeLesson, enroll } from '../learning/enrollment';
import { submitQuiz } from '../learning/quiz-submission';
import { builder } from './builder';
import { Enrollment, LearningPath, Lesson } from './learning-path';
import { Quiz } from './learning-quiz';
import { message } from './validation';

const QuizAnswerInput = builder.inputType('QuizAnswerInput', {
  description: 'The choices picked for one question.',
  fields: (t) => ({
    questionId: t.id({ required: true, validate: z.string().max(100) }),
    choiceIds: t.idList({
      required: true,
      validate: z.array(z.string().max(100)).max(20, message('validation.tooMany', { max: 20 })),
    }),
  }),
});

function announce(ctx: Context, completion: Completion | null) {
  if (completion) ctx.services.events.emit('learning.path-completed', completion);
}

builder.mutationFields((t) => ({
  enroll: t.withAuth({ signedIn: true }).drizzleField({
    type: Enrollment,
    description: 'Enrols the viewer in a path (again: keeps the first enrolment).',
    errors: {},
    args: { pathId: t.arg.globalID({ required: true, for: LearningPath }) },
    resolve: async (query, _root, { pathId }, ctx) => {
      const enrollment = await enroll(ctx.db, ctx.viewer, pathId.id);
      return (await ctx.db.query.enrollments.findFirst(query({ where: { id: enrollment.id } })))!;
    },
  }),
  completeLesson: t.withAuth({ signedIn: true }).drizzleField({
    type: Enrollment,
    description:
      'Marks a lesson done; the path completes (and its certificate is issued) with its last step.',
    errors: {},
    args: { lessonId: t.arg.globalID({ required: true, for: Lesson }) },
    resolve: async (query, _root, { lessonId }, ctx) => {
      const { enrollment, completion } = await completeLesson(ctx.db, ctx.viewer, lessonId.id);
      announce(ctx, completion);
      return (await ctx.db.query.enrollments.findFirst(query({ where: { id: enrollment.id } })))!;
    },
  }),
  submitQuiz: t.withAuth({ signedIn: true }).drizzleField({
    type: 'quizAttempts',
    description:
      'Checks the answers on the server and records the attempt; refused once the attempts allowed are used or the quiz is passed.',
    errors: {},
    args: {
      quizId: t.arg.globalID({ required: true, for: Quiz }),
      answers: t.arg({
        type: [QuizAnswerInput],
        required: true,
        validate: z.array(z.unknown()).max(100, message('validation.tooMany', { max: 100 })),
      }),
    },
    resolve: async (query, _root, { quizId, answers }, ctx) => {
      const { attempt, completion } = await submitQuiz(
        ctx.db,
        ctx.viewer,
        quizId.id,
        answers.map((a) => ({ questionId: String(a.questionId), choiceIds: a.choiceIds.map(String) })),
      );
      announce(ctx, completion);
      return (await ctx.db.query.quizAttempts.findFirst(query({ where: { id: attempt.id } })))!;
    },
  }),
}));
