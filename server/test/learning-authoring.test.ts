import { schema } from '@levain/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import {
  ASSIGN,
  COMPLETE,
  CREATE_PATH,
  EDITABLE,
  ENROLL,
  gid,
  LEARNERS,
  MY_ENROLLMENTS,
  PATH,
  UPDATE_PATH,
} from './support/fixtures/learning';
import { NOTIFICATIONS } from './support/fixtures/notifications';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let animator: SignedInClient;
let learner: SignedInClient;
let outsider: SignedInClient;
let community: { id: string };

const lesson = (title: string, id?: string) => ({
  kind: 'lesson',
  id,
  title,
  body: `# ${title}`,
  estimatedMinutes: 5,
});
const quiz = (prompt: string, id?: string) => ({
  kind: 'quiz',
  id,
  title: 'Check',
  passMark: 100,
  attemptsAllowed: 2,
  questions: [
    {
      prompt,
      multipleChoice: false,
      choices: [
        { label: 'Its animators', correct: true, explanation: '' },
        { label: 'Nobody', correct: false, explanation: 'Someone must.' },
      ],
    },
  ],
});
const content = (steps: unknown[]) => ({
  title: 'Animer une communauté',
  summary: '',
  modules: [{ title: 'Rôle', steps }],
});

beforeAll(async () => {
  app = await createTestApp();
  animator = await app.signedIn([], { name: 'Chloé Animatrice' });
  learner = await app.signedIn([], { name: 'Léa Dubois', locale: 'fr' });
  outsider = await app.signedIn([], { name: 'Omar Extérieur' });
  community = await createCommunity(app, {
    kind: 'learning',
    visibility: 'private',
    members: [{ userId: animator.user.id, role: 'animator' }, { userId: learner.user.id }],
  });
});
afterAll(() => app.close());

async function newPath(steps: unknown[]) {
  const result = await animator.data(CREATE_PATH, {
    communityId: gid('Community', community.id),
    input: content(steps),
  });
  return result.createLearningPath.data as { id: string; version: number };
}

describe('writing a path in the browser', () => {
  it('creates a path its animators edit; others are refused, invalid fields named', async () => {
    const path = await newPath([lesson('Le rôle'), quiz('Qui modère ?')]);
    expect(path).toMatchObject({ version: 1 });
    const read = (await animator.data(EDITABLE, { id: path.id })).learningPath;
    expect(read.viewerCanManage).toBe(true);
    expect(read.editableContent.modules[0].steps.map((s: { kind: string }) => s.kind)).toEqual([
      'lesson',
      'quiz',
    ]);
    expect((await learner.data(EDITABLE, { id: path.id })).learningPath.editableContent).toBeNull();

    const refused = await learner.data(CREATE_PATH, {
      communityId: gid('Community', community.id),
      input: content([lesson('Le mien')]),
    });
    expect(refused.createLearningPath.code).toBe('NOT_ALLOWED');

    const frenchAnimator = await app.signedIn([], { locale: 'fr' });
    await app.services.db.insert(schema.communityMemberships).values({
      communityId: community.id,
      userId: frenchAnimator.user.id,
      role: 'animator',
      status: 'active',
    });
    const invalid = await frenchAnimator.data(CREATE_PATH, {
      communityId: gid('Community', community.id),
      input: content([
        { ...lesson(' '), estimatedMinutes: 0 },
        {
          ...quiz('Deux bonnes ?'),
          questions: [
            {
              ...quiz('x').questions[0],
              choices: [
                { label: 'A', correct: true, explanation: '' },
                { label: 'B', correct: true, explanation: '' },
              ],
            },
          ],
        },
      ]),
    });
    expect(invalid.createLearningPath.issues).toEqual([
      { field: 'input.modules.0.steps.0.title', message: 'Ce champ est obligatoire.' },
      {
        field: 'input.modules.0.steps.0.estimatedMinutes',
        message: 'Saisissez un nombre entier entre 1 et 240.',
      },
      {
        field: 'input.modules.0.steps.1.questions.0.choices',
        message: expect.stringContaining('une seule bonne réponse'),
      },
    ]);
  });

  it('keeps learners’ progress on kept steps; a changed quiz is a new version', async () => {
    const path = await newPath([lesson('Le rôle'), quiz('Qui modère ?')]);
    await learner.data(ENROLL, { id: path.id });
    const before = (await learner.data(PATH, { id: path.id })).learningPath;
    await learner.data(COMPLETE, { id: before.modules[0].lessons[0].id });
    const [kept, keptQuiz] = (await animator.data(EDITABLE, { id: path.id })).learningPath.editableContent
      .modules[0].steps as { id: string }[];

    const sameQuiz = await animator.data(UPDATE_PATH, {
      id: path.id,
      input: content([
        lesson('Le rôle, revu', kept!.id),
        lesson('La charte'),
        quiz('Qui modère ?', keptQuiz!.id),
      ]),
    });
    expect(sameQuiz.updateLearningPath.data).toMatchObject({ version: 1, lessonCount: 2, quizCount: 1 });
    const after = (await learner.data(PATH, { id: path.id })).learningPath;
    expect(
      after.modules[0].lessons.map((l: { title: string; viewerCompleted: boolean }) => [
        l.title,
        l.viewerCompleted,
      ]),
    ).toEqual([
      ['Le rôle, revu', true],
      ['La charte', false],
    ]);
    expect(after.viewerEnrollment.progress).toMatchObject({ completedSteps: 1, totalSteps: 3 });

    const newQuestions = await animator.data(UPDATE_PATH, {
      id: path.id,
      input: content([lesson('Le rôle, revu', kept!.id), quiz('Qui anime ?', keptQuiz!.id)]),
    });
    expect(newQuestions.updateLearningPath.data).toMatchObject({ version: 2, lessonCount: 1 });

    const foreign = await animator.data(UPDATE_PATH, {
      id: path.id,
      input: content([lesson('Ailleurs', '00000000-0000-4000-8000-000000000001')]),
    });
    expect(foreign.updateLearningPath.issues).toEqual([
      { field: 'input.modules.0.steps.0.id', message: expect.any(String) },
    ]);
  });
});

describe('assigning a path with a due date', () => {
  it('enrols and notifies the assignees; overdue shows to them and to the animator', async () => {
    const path = await newPath([lesson('Le rôle')]);
    const assigned = await animator.data(ASSIGN, {
      pathId: path.id,
      userIds: [gid('User', learner.user.id)],
      dueAt: '2099-01-31T17:00:00.000Z',
    });
    expect(assigned.assignLearningPath).toMatchObject({ data: 1 });
    await app.services.events.settled();
    const feed = await learner.data(NOTIFICATIONS, { first: 5 });
    const told = feed.notifications.edges.map((e: { node: { message: string } }) => e.node.message);
    expect(told[0]).toBe(
      'Chloé Animatrice vous a assigné le parcours « Animer une communauté », à terminer avant le 31 janvier 2099',
    );

    // The due date passes (written in the past: the API only takes future dates).
    await app.services.db
      .update(schema.enrollments)
      .set({ dueAt: new Date('2020-03-01T00:00:00Z') })
      .where(
        and(eq(schema.enrollments.userId, learner.user.id), eq(schema.enrollments.pathId, rawId(path.id))),
      );
    const mine = (await learner.data(MY_ENROLLMENTS, { first: 20 })).myEnrollments.edges;
    expect(mine.some((e: { node: { path: { id: string } } }) => e.node.path.id === path.id)).toBe(true);
    const overdue = (await animator.data(LEARNERS, { id: path.id, first: 10, overdueOnly: true }))
      .learningPath.learners;
    expect(
      overdue.edges.map((e: { node: { learner: { name: string }; overdue: boolean } }) => [
        e.node.learner.name,
        e.node.overdue,
      ]),
    ).toEqual([['Léa Dubois', true]]);
    expect((await learner.data(LEARNERS, { id: path.id, first: 10 })).learningPath.learners.edges).toEqual(
      [],
    );
  });

  it('refuses a past date, a non-animator, and someone who cannot read the path, writing nothing', async () => {
    const path = await newPath([lesson('Le rôle')]);
    const past = await animator.data(ASSIGN, {
      pathId: path.id,
      userIds: [gid('User', learner.user.id)],
      dueAt: '2020-01-01T00:00:00.000Z',
    });
    expect(past.assignLearningPath.issues).toEqual([
      { field: 'dueAt', message: 'Choose a due date in the future.' },
    ]);
    const byLearner = await learner.data(ASSIGN, {
      pathId: path.id,
      userIds: [gid('User', animator.user.id)],
      dueAt: '2099-01-01T00:00:00.000Z',
    });
    expect(byLearner.assignLearningPath.code).toBe('NOT_ALLOWED');
    const blind = await animator.data(ASSIGN, {
      pathId: path.id,
      userIds: [gid('User', outsider.user.id)],
      dueAt: '2099-01-01T00:00:00.000Z',
    });
    expect(blind.assignLearningPath.issues).toEqual([
      {
        field: 'userIds',
        message: 'Omar Extérieur cannot read this path: invite them to the community first.',
      },
    ]);
    const rows = await app.services.db
      .select()
      .from(schema.enrollments)
      .where(eq(schema.enrollments.pathId, rawId(path.id)));
    expect(rows).toEqual([]);
  });
});

describe('a manager assigns a path to their direct reports', () => {
  it('offers them the assignment and lists their reports only; follows those they assigned', async () => {
    const manager = await app.signedIn([], { name: 'Marc Manager' });
    const report = await app.signedIn([], { name: 'Rémi Équipe' });
    await app.services.db
      .update(schema.users)
      .set({ managerId: manager.user.id })
      .where(eq(schema.users.id, report.user.id));
    const open = await createCommunity(app, {
      kind: 'learning',
      visibility: 'public',
      members: [{ userId: animator.user.id, role: 'animator' }],
    });
    const created = await animator.data(CREATE_PATH, {
      communityId: gid('Community', open.id),
      input: content([lesson('Le rôle')]),
    });
    const pathId = created.createLearningPath.data.id as string;
    const assignable = `query($id: ID!) { learningPath(id: $id) { viewerCanAssign viewerCanManage } }`;
    expect((await manager.data(assignable, { id: pathId })).learningPath).toEqual({
      viewerCanAssign: true,
      viewerCanManage: false,
    });
    expect((await outsider.data(assignable, { id: pathId })).learningPath.viewerCanAssign).toBe(false);
    const reports = await manager.data('{ myDirectReports { id name } }');
    expect(reports.myDirectReports).toEqual([{ id: gid('User', report.user.id), name: 'Rémi Équipe' }]);

    const toOutsider = await manager.data(ASSIGN, {
      pathId,
      userIds: [gid('User', outsider.user.id)],
      dueAt: '2099-01-31T17:00:00.000Z',
    });
    expect(toOutsider.assignLearningPath.code).toBe('NOT_ALLOWED');
    const toReport = await manager.data(ASSIGN, {
      pathId,
      userIds: [gid('User', report.user.id)],
      dueAt: '2099-01-31T17:00:00.000Z',
    });
    expect(toReport.assignLearningPath).toMatchObject({ data: 1 });
    const followed = (await manager.data(LEARNERS, { id: pathId, first: 10 })).learningPath.learners;
    expect(followed.edges.map((e: { node: { learner: { name: string } } }) => e.node.learner.name)).toEqual([
      'Rémi Équipe',
    ]);
  });
});

/** The database id inside a global id. */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

describe('the personal data export (GDPR)', () => {
  it('holds the paths one was assigned and the endorsements one received and gave', async () => {
    const path = await newPath([lesson('Le rôle')]);
    await animator.data(ASSIGN, {
      pathId: path.id,
      userIds: [gid('User', learner.user.id)],
      dueAt: '2099-05-31T17:00:00.000Z',
    });
    const [skill] = await app.services.db
      .insert(schema.skills)
      .values({ slug: 'moderation', label: 'Modération' })
      .returning();
    await app.services.db.insert(schema.userSkills).values({ userId: learner.user.id, skillId: skill!.id });
    await app.services.db
      .insert(schema.skillEndorsements)
      .values({ userId: learner.user.id, skillId: skill!.id, endorserId: animator.user.id });

    const { learning } = (await learner.data('{ myPersonalData }')).myPersonalData;
    expect(learning.enrollments).toContainEqual(
      expect.objectContaining({
        pathId: rawId(path.id),
        assignedById: animator.user.id,
        dueAt: '2099-05-31T17:00:00.000Z',
      }),
    );
    expect(learning.skills).toEqual([expect.objectContaining({ skill: 'Modération' })]);
    expect(learning.endorsementsReceived).toEqual([
      expect.objectContaining({ skill: 'Modération', endorserId: animator.user.id }),
    ]);
    const given = (await animator.data('{ myPersonalData }')).myPersonalData.learning.endorsementsGiven;
    expect(given).toEqual([expect.objectContaining({ skill: 'Modération', userId: learner.user.id })]);
  });
});
