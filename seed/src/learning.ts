import { schema, type Tx } from '@levain/db';
import type { Random } from '@levain/server/seeding';
import { insertPath, type PathDraft } from '@levain/server/seeding';
import type { SeededCommunity } from './communities';
import { cmAcademy, firstSteps } from './content/learning-paths';
import type { DemoPerson } from './people';

const DAY_MS = 86_400_000;

type Step =
  | { kind: 'lesson'; id: string }
  | {
      kind: 'quiz';
      id: string;
      version: number;
      questions: { id: string; choices: { id: string; correct: boolean }[] }[];
    };

/** The path's steps in the order people take them. */
async function stepsOf(tx: Tx, pathId: string): Promise<Step[]> {
  const modules = await tx.query.learningModules.findMany({
    where: { pathId },
    orderBy: { position: 'asc' },
    with: {
      lessons: { columns: { id: true, position: true } },
      quizzes: {
        columns: { id: true, position: true, version: true },
        with: {
          questions: { columns: { id: true }, with: { choices: { columns: { id: true, correct: true } } } },
        },
      },
    },
  });
  return modules.flatMap((m) =>
    [
      ...m.lessons.map((l) => ({ position: l.position, step: { kind: 'lesson' as const, id: l.id } })),
      ...m.quizzes.map((q) => ({ position: q.position, step: { kind: 'quiz' as const, ...q } })),
    ]
      .sort((a, b) => a.position - b.position)
      .map((s) => s.step),
  );
}

type Learner = {
  userId: string;
  /** Steps done, from the first. */
  done: number;
  assignedById?: string;
  dueInDays?: number;
  /** A failed attempt before the passed one, on the first quiz done. */
  failedOnce?: boolean;
};

type Rows = {
  enrollments: (typeof schema.enrollments.$inferInsert)[];
  completions: (typeof schema.lessonCompletions.$inferInsert)[];
  attempts: (typeof schema.quizAttempts.$inferInsert)[];
  certificates: (typeof schema.certificates.$inferInsert)[];
};

/** Enrolments, completed lessons, quiz attempts and certificates, spread over the days before `now`. */
function follow(
  rows: Rows,
  path: { id: string; steps: Step[] },
  learner: Learner,
  now: Date,
  random: Random,
) {
  const start = new Date(now.getTime() - (10 + Math.floor(random.next() * 30)) * DAY_MS);
  const at = (i: number) => new Date(start.getTime() + (i + 1) * 0.7 * DAY_MS);
  const complete = learner.done >= path.steps.length;
  rows.enrollments.push({
    pathId: path.id,
    userId: learner.userId,
    assignedById: learner.assignedById ?? null,
    dueAt: learner.dueInDays ? new Date(now.getTime() + learner.dueInDays * DAY_MS) : null,
    enrolledAt: start,
    completedAt: complete ? at(path.steps.length - 1) : null,
  });
  let failed = !learner.failedOnce;
  for (const [i, step] of path.steps.slice(0, learner.done).entries()) {
    if (step.kind === 'lesson') {
      rows.completions.push({ lessonId: step.id, userId: learner.userId, completedAt: at(i) });
      continue;
    }
    const right = Object.fromEntries(
      step.questions.map((q) => [q.id, q.choices.filter((c) => c.correct).map((c) => c.id)]),
    );
    const attempt = { quizId: step.id, userId: learner.userId, quizVersion: step.version };
    if (!failed) {
      const [first] = step.questions;
      const wrong = { ...right, [first!.id]: [first!.choices.find((c) => !c.correct)!.id] };
      const score = Math.round((100 * (step.questions.length - 1)) / step.questions.length);
      const submittedAt = new Date(at(i).getTime() - 3_600_000);
      rows.attempts.push({ ...attempt, answers: wrong, score, passed: false, submittedAt });
      failed = true;
    }
    rows.attempts.push({ ...attempt, answers: right, score: 100, passed: true, submittedAt: at(i) });
  }
  if (complete)
    rows.certificates.push({
      pathId: path.id,
      userId: learner.userId,
      pathVersion: 1,
      issuedAt: at(path.steps.length - 1),
    });
}

/**
 * The CM academy in the social-learning community (written by the chief CM) and "First steps at
 * Atlas" in the onboarding community (by HR), with the demo accounts at various points: Thomas
 * (manager CM) halfway through the academy the chief CM assigned him, Léa and Thomas certified on
 * the first steps, Olivia starting them (HR assigned them to her, due in two weeks); and managers of
 * the network at every stage of the academy, two of them overdue (the chief CM's learners view).
 */
export async function seedLearning(
  tx: Tx,
  people: DemoPerson[],
  communities: SeededCommunity[],
  random: Random,
  now: Date,
): Promise<number> {
  const byEmail = (email: string) => people.find((p) => p.email === email)!.id;
  const learning = communities.find((c) => c.slug === 'apprentissage-social-animer-une-communaute')!;
  const onboarding = communities.find(
    (c) => c.kind === 'learning' && c.slug.startsWith('bienvenue-chez-atlas'),
  )!;
  const chiefCm = byEmail('cm@atlas.example');
  const hr = byEmail('rh@atlas.example');
  const write = async (draft: Omit<PathDraft, 'communityId'>, communityId: string) => {
    const { id } = await insertPath(tx, { ...draft, communityId });
    return { id, steps: await stepsOf(tx, id) };
  };
  const academy = await write(
    { ...cmAcademy, createdById: chiefCm, createdAt: new Date(now.getTime() - 60 * DAY_MS) },
    learning.id,
  );
  const welcome = await write(
    { ...firstSteps, createdById: hr, createdAt: new Date(now.getTime() - 90 * DAY_MS) },
    onboarding.id,
  );

  const thomas = byEmail('manager@atlas.example');
  const learners: [typeof academy, Learner][] = [
    [academy, { userId: thomas, done: 4, assignedById: chiefCm, dueInDays: 21, failedOnce: true }],
    [welcome, { userId: thomas, done: welcome.steps.length }],
    [welcome, { userId: byEmail('employe@atlas.example'), done: welcome.steps.length, failedOnce: true }],
    [welcome, { userId: byEmail('employee@atlas.example'), done: 1, assignedById: hr, dueInDays: 14 }],
  ];
  const network = learning.memberIds.filter((id) => ![chiefCm, thomas].includes(id)).slice(0, 8);
  for (const [i, userId] of network.entries())
    learners.push([
      academy,
      {
        userId,
        done: [academy.steps.length, 7, 3, 1, 0][i % 5]!,
        assignedById: chiefCm,
        // Two of them past their due date: the chief CM sees them overdue among the learners.
        dueInDays: [undefined, 30, 14, -4, -2][i % 5],
        failedOnce: i % 3 === 0,
      },
    ]);
  const rows: Rows = { enrollments: [], completions: [], attempts: [], certificates: [] };
  for (const [path, learner] of learners) follow(rows, path, learner, now, random);
  await tx.insert(schema.enrollments).values(rows.enrollments);
  await tx.insert(schema.lessonCompletions).values(rows.completions);
  await tx.insert(schema.quizAttempts).values(rows.attempts);
  await tx.insert(schema.certificates).values(rows.certificates);
  return learners.length;
}
