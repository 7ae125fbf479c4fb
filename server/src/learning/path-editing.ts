import { type Db, schema, type Tx } from '@levain/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { communityAccess } from '../communities/access';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { can, type Viewer } from '../permissions';
import { isUuid } from '../posts/access';
import { communityState, pathFor } from './access';
import { insertPath, insertQuestions, insertStep, lessonColumns, type StepDraft } from './authoring';
import type { PathContent, QuizContent, StepContent } from './path-draft';

const draftOf = (step: StepContent): StepDraft =>
  step.kind === 'lesson'
    ? { lesson: step }
    : {
        quiz: {
          title: step.title,
          passMark: step.passMark,
          attemptsAllowed: step.attemptsAllowed,
          questions: step.questions,
        },
      };

/** Writes a new path in a learning community the viewer animates. */
export async function createPath(
  db: Db,
  viewer: Viewer,
  communityId: string,
  content: PathContent,
): Promise<{ id: string }> {
  if (!isUuid(communityId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const community = await tx.query.communities.findFirst({
      ...communityState,
      columns: { ...communityState.columns, kind: true },
      where: { id: communityId },
      with: {
        memberships: {
          where: { userId: viewer.id },
          columns: { role: true, status: true, suspendedUntil: true },
        },
      },
    });
    const access = community && { community: communityAccess(community, community.memberships[0] ?? null) };
    if (!access || !can(viewer, 'learning-path:read', access)) throw new NotFoundError();
    if (!can(viewer, 'learning-path:manage', access) || access.community.archivedAt)
      throw new NotAllowedError('learning.authorsOnly');
    if (community.kind !== 'learning')
      throw ValidationError.field('communityId', 'learning.notLearningCommunity');
    return insertPath(tx, {
      communityId,
      title: content.title,
      summary: content.summary,
      createdById: viewer.id,
      modules: content.modules.map((m) => ({ title: m.title, steps: m.steps.map(draftOf) })),
    });
  });
}

type QuizRow = {
  id: string;
  version: number;
  questions: {
    prompt: string;
    multipleChoice: boolean;
    choices: { label: string; correct: boolean; explanation: string }[];
  }[];
};

/** The questions as people answer them: a change here makes a new version of the quiz. */
const questionsKey = (questions: QuizRow['questions'] | QuizContent['questions']) =>
  JSON.stringify(
    questions.map((q) => [
      q.prompt,
      q.multipleChoice,
      q.choices.map((c) => [c.label, c.correct, c.explanation]),
    ]),
  );

/**
 * Rewrites a path's modules and steps. A step sent with its id keeps its row, so learners keep the
 * lessons they completed and the attempts they made; steps left out are deleted. A quiz whose
 * questions change gets a new version (attempts count per version), and so does the path:
 * certificates already issued stay on the version their holders passed.
 */
export async function updatePath(
  db: Db,
  viewer: Viewer,
  pathId: string,
  content: PathContent,
): Promise<void> {
  await db.transaction(async (tx) => {
    const path = await pathFor(tx, viewer, pathId, 'learning-path:manage', 'learning.authorsOnly');
    await tx.execute(sql`select 1 from learning_paths where id = ${path.id} for update`);
    const old = await tx.query.learningModules.findMany({
      columns: { id: true },
      where: { pathId: path.id },
      with: {
        lessons: { columns: { id: true } },
        quizzes: {
          columns: { id: true, version: true },
          with: {
            questions: {
              orderBy: { position: 'asc' },
              columns: { prompt: true, multipleChoice: true },
              with: {
                choices: {
                  orderBy: { position: 'asc' },
                  columns: { label: true, correct: true, explanation: true },
                },
              },
            },
          },
        },
      },
    });
    const lessons = new Set(old.flatMap((m) => m.lessons.map((l) => l.id)));
    const quizzes = new Map(old.flatMap((m) => m.quizzes.map((q): [string, QuizRow] => [q.id, q])));
    checkKeptSteps(content, lessons, quizzes);
    let changedQuiz = false;
    for (const [m, module] of content.modules.entries()) {
      const [row] = await tx
        .insert(schema.learningModules)
        .values({ pathId: path.id, position: m + 1, title: module.title })
        .returning({ id: schema.learningModules.id });
      for (const [s, step] of module.steps.entries()) {
        const place = { moduleId: row!.id, position: s + 1 };
        if (!step.id) await insertStep(tx, place.moduleId, place.position, draftOf(step));
        else if (step.kind === 'lesson')
          await tx
            .update(schema.lessons)
            .set({ ...place, ...(await lessonColumns(step)) })
            .where(eq(schema.lessons.id, step.id));
        else changedQuiz = (await rewriteQuiz(tx, quizzes.get(step.id)!, step, place)) || changedQuiz;
      }
    }
    if (old.length)
      await tx.delete(schema.learningModules).where(
        inArray(
          schema.learningModules.id,
          old.map((m) => m.id),
        ),
      );
    await tx
      .update(schema.learningPaths)
      .set({
        title: content.title,
        summary: content.summary,
        updatedAt: new Date(),
        ...(changedQuiz && { version: sql`${schema.learningPaths.version} + 1` }),
      })
      .where(eq(schema.learningPaths.id, path.id));
  });
}

/** Ids sent back must be steps of this path, of the same kind, each once. */
function checkKeptSteps(content: PathContent, lessons: Set<string>, quizzes: Map<string, QuizRow>) {
  const seen = new Set<string>();
  const issues = content.modules.flatMap((module, m) =>
    module.steps.flatMap((step, s) => {
      if (!step.id) return [];
      const known = step.kind === 'lesson' ? lessons.has(step.id) : quizzes.has(step.id);
      const twice = seen.has(step.id);
      seen.add(step.id);
      return known && !twice
        ? []
        : [{ field: `input.modules.${m}.steps.${s}.id`, message: { key: 'learning.unknownStep' as const } }];
    }),
  );
  if (issues.length) throw new ValidationError(issues);
}

/** Moves and updates a kept quiz; true when its questions changed (a new version). */
async function rewriteQuiz(
  tx: Tx,
  before: QuizRow,
  quiz: QuizContent,
  place: { moduleId: string; position: number },
): Promise<boolean> {
  const changed = questionsKey(before.questions) !== questionsKey(quiz.questions);
  await tx
    .update(schema.quizzes)
    .set({
      ...place,
      title: quiz.title,
      passMark: quiz.passMark,
      attemptsAllowed: quiz.attemptsAllowed,
      ...(changed && { version: before.version + 1 }),
    })
    .where(eq(schema.quizzes.id, before.id));
  if (changed) {
    await tx.delete(schema.quizQuestions).where(eq(schema.quizQuestions.quizId, before.id));
    await insertQuestions(tx, before.id, quiz.questions);
  }
  return changed;
}
