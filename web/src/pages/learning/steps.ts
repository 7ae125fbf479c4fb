import { plainId } from '../../lib/ids';
import { href } from '../../lib/router/paths';

/** Where a step of a path is read or taken. */
export function stepHref(step: { kind: 'lesson' | 'quiz'; id: string }): string {
  return step.kind === 'lesson'
    ? href('lesson', { id: plainId(step.id) })
    : href('quiz', { id: plainId(step.id) });
}

/** A module's lessons and quizzes in the order people take them. */
export function moduleSteps<L extends { position: number }, Q extends { position: number }>(module: {
  lessons: readonly L[];
  quizzes: readonly Q[];
}) {
  return [
    ...module.lessons.map((lesson) => ({ kind: 'lesson' as const, position: lesson.position, lesson })),
    ...module.quizzes.map((quiz) => ({ kind: 'quiz' as const, position: quiz.position, quiz })),
  ].sort((a, b) => a.position - b.position);
}
