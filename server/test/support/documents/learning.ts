import type { App } from '../../../src/app';
import { insertPath, type PathDraft, type StepDraft } from '../../../src/learning/authoring';

/** A quiz of two questions: one single choice, one multiple choice (B and C). */
export const twoQuestionQuiz = (attemptsAllowed = 2): StepDraft => ({
  quiz: {
    title: 'Check',
    passMark: 100,
    attemptsAllowed,
    questions: [
      {
        prompt: 'Who moderates a community?',
        choices: [
          { label: 'Its animators', correct: true, explanation: 'Animators moderate.' },
          { label: 'Nobody', explanation: 'Someone must.' },
        ],
      },
      {
        prompt: 'Crisis reflexes?',
        multipleChoice: true,
        choices: [
          { label: 'Delete everything' },
          { label: 'Stay factual', correct: true },
          { label: 'Alert the chief CM', correct: true },
        ],
      },
    ],
  },
});

/** A path of one module: a lesson then (unless `lessonsOnly`) a quiz. */
export function createPath(
  app: App,
  communityId: string,
  options: Partial<PathDraft> & { lessons?: number; quiz?: StepDraft | null } = {},
) {
  const lessons: StepDraft[] = Array.from({ length: options.lessons ?? 1 }, (_, i) => ({
    lesson: { title: `Lesson ${i + 1}`, body: `# Lesson ${i + 1}\n\nRead **this**.`, estimatedMinutes: 4 },
  }));
  const quiz = options.quiz === undefined ? twoQuestionQuiz() : options.quiz;
  return app.services.db.transaction((tx) =>
    insertPath(tx, {
      title: options.title ?? 'A path',
      communityId,
      modules: options.modules ?? [{ title: 'Module', steps: [...lessons, ...(quiz ? [quiz] : [])] }],
      ...(options.createdAt && { createdAt: options.createdAt }),
    }),
  );
}
