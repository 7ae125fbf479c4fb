import { schema, type Tx } from '@levain/db';
import { type MentionResolver, renderMarkdown } from '../markdown/render';

export type ChoiceDraft = { label: string; correct?: boolean; explanation?: string };
export type QuestionDraft = { prompt: string; multipleChoice?: boolean; choices: ChoiceDraft[] };
export type StepDraft =
  | { lesson: { title: string; body: string; estimatedMinutes?: number } }
  | { quiz: { title: string; passMark?: number; attemptsAllowed?: number; questions: QuestionDraft[] } };
export type PathDraft = {
  communityId: string;
  title: string;
  summary?: string;
  createdById?: string | null;
  createdAt?: Date;
  modules: { title: string; steps: StepDraft[] }[];
};

/** Lessons written by animators mention nobody: their Markdown is rendered without lookups. */
const noMentions: MentionResolver = {
  usersById: async () => new Map(),
  usersByEmail: async () => new Map(),
  communitiesBySlug: async () => new Map(),
};

/** Writes a whole path (the editor, the demo seed and tests), positions in order. */
export async function insertPath(tx: Tx, draft: PathDraft): Promise<{ id: string }> {
  const [path] = await tx
    .insert(schema.learningPaths)
    .values({
      communityId: draft.communityId,
      title: draft.title,
      summary: draft.summary ?? '',
      createdById: draft.createdById ?? null,
      ...(draft.createdAt && { createdAt: draft.createdAt, updatedAt: draft.createdAt }),
    })
    .returning({ id: schema.learningPaths.id });
  for (const [m, module] of draft.modules.entries()) {
    const [row] = await tx
      .insert(schema.learningModules)
      .values({ pathId: path!.id, position: m + 1, title: module.title })
      .returning({ id: schema.learningModules.id });
    for (const [position, step] of module.steps.entries()) await insertStep(tx, row!.id, position + 1, step);
  }
  return path!;
}

/** A lesson's columns, its Markdown rendered once here. */
export async function lessonColumns(lesson: { title: string; body: string; estimatedMinutes?: number }) {
  const { html } = await renderMarkdown(lesson.body, noMentions);
  return {
    title: lesson.title,
    body: lesson.body,
    bodyHtml: html,
    estimatedMinutes: lesson.estimatedMinutes ?? 5,
  };
}

export async function insertStep(tx: Tx, moduleId: string, position: number, step: StepDraft) {
  if ('lesson' in step) {
    await tx.insert(schema.lessons).values({ moduleId, position, ...(await lessonColumns(step.lesson)) });
    return;
  }
  const { questions, ...quiz } = step.quiz;
  const [row] = await tx
    .insert(schema.quizzes)
    .values({ moduleId, position, ...quiz })
    .returning({ id: schema.quizzes.id });
  await insertQuestions(tx, row!.id, questions);
}

/** A quiz's questions and their choices, in order. */
export async function insertQuestions(tx: Tx, quizId: string, questions: QuestionDraft[]) {
  for (const [q, question] of questions.entries()) {
    const [inserted] = await tx
      .insert(schema.quizQuestions)
      .values({
        quizId,
        position: q + 1,
        prompt: question.prompt,
        multipleChoice: question.multipleChoice ?? false,
      })
      .returning({ id: schema.quizQuestions.id });
    await tx.insert(schema.quizChoices).values(
      question.choices.map((choice, c) => ({
        questionId: inserted!.id,
        position: c + 1,
        label: choice.label,
        correct: choice.correct ?? false,
        explanation: choice.explanation ?? '',
      })),
    );
  }
}
