import { z } from 'zod';
import { fields, message, validationErrorFrom } from '../schema/validation';

/** Bounds of a path written in the browser: a path is read on a phone, a quiz in one sitting. */
const bounded = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).min(1, message('validation.required')).max(max, message('validation.tooMany', { max }));
const int = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, message('learning.outOfRange', { min, max }))
    .max(max, message('learning.outOfRange', { min, max }));

const choice = z.object({
  label: fields.text(300),
  correct: z.boolean(),
  explanation: z
    .string()
    .trim()
    .max(1000, message('validation.tooLong', { max: 1000 })),
});

const question = z
  .object({
    prompt: fields.text(500),
    multipleChoice: z.boolean(),
    choices: bounded(choice, 8).refine((c) => c.length >= 2, message('learning.twoChoices')),
  })
  .superRefine((q, context) => {
    const right = q.choices.filter((c) => c.correct).length;
    if (right === 0 || (!q.multipleChoice && right > 1))
      context.addIssue({
        code: 'custom',
        path: ['choices'],
        message: message(right === 0 ? 'learning.oneRightChoice' : 'learning.singleRightChoice'),
      });
  });

/** A step keeps its id when edited (progress and attempts stay on it); a new step has none. */
const step = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lesson'),
    id: z.uuid().nullish(),
    title: fields.text(200),
    body: fields.markdown(20_000),
    estimatedMinutes: int(1, 240),
  }),
  z.object({
    kind: z.literal('quiz'),
    id: z.uuid().nullish(),
    title: fields.text(200),
    passMark: int(1, 100),
    attemptsAllowed: int(1, 10),
    questions: bounded(question, 30),
  }),
]);

const draft = z.object({
  title: fields.text(200),
  summary: z
    .string()
    .trim()
    .max(2000, message('validation.tooLong', { max: 2000 })),
  modules: bounded(z.object({ title: fields.text(200), steps: bounded(step, 30) }), 20),
});

export type PathContent = z.infer<typeof draft>;
export type StepContent = PathContent['modules'][number]['steps'][number];
export type QuizContent = Extract<StepContent, { kind: 'quiz' }>;

/** The path as written, trimmed and bounded; a ValidationError names each wrong field under `input`. */
export function parsePathContent(input: unknown): PathContent {
  const result = draft.safeParse(input);
  if (result.success) return result.data;
  throw validationErrorFrom(
    result.error.issues.map((issue) => ({ ...issue, path: ['input', ...issue.path] })),
  );
}
