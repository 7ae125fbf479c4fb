import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createPath } from './support/documents/learning';
import { ASSIGN, ENROLL, gid, LEARNERS, MY_ENROLLMENTS, PATHS } from './support/fixtures/learning';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

let app: TestApp;
let learner: SignedInClient;
let animator: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  learner = await app.signedIn();
  animator = await app.signedIn();
});
afterAll(() => app.close());

/** More paths than a large page, in a private learning community, the learner enrolled in each. */
const catalogue = once(async () => {
  const community = await createCommunity(app, {
    kind: 'learning',
    visibility: 'private',
    members: [{ userId: learner.user.id }],
  });
  for (let i = 0; i <= LARGE; i += 1) {
    const { id } = await createPath(app, community.id, { title: `Path ${i}`, lessons: 2 });
    await learner.data(ENROLL, { id: gid('LearningPath', id) });
  }
});

/** A path of the animator's community assigned to more people than a large page, one quiz failed by each. */
const cohort = once(async () => {
  const learners = await Promise.all(Array.from({ length: LARGE + 1 }, () => app.createUser()));
  const community = await createCommunity(app, {
    kind: 'learning',
    visibility: 'private',
    members: [{ userId: animator.user.id, role: 'animator' }, ...learners.map((l) => ({ userId: l.id }))],
  });
  const { id } = await createPath(app, community.id, { title: 'Cohort', lessons: 2 });
  const pathId = gid('LearningPath', id);
  await animator.data(ASSIGN, {
    pathId,
    userIds: learners.map((l) => gid('User', l.id)),
    dueAt: '2099-06-30T00:00:00.000Z',
  });
  return pathId;
});

const cases: ListCase[] = [
  {
    name: 'learners of a path (animator view)',
    statements: 2,
    request: async (first) => ({
      client: animator,
      query: LEARNERS,
      variables: { id: await cohort(), first },
    }),
    items: (data) => data.learningPath.learners.edges,
    complete: (edge) =>
      !!edge.node.learner.name &&
      edge.node.assignedBy?.id &&
      edge.node.progress.totalSteps === 3 &&
      !edge.node.overdue,
  },
  {
    name: 'learning paths',
    statements: 3,
    request: async (first) => {
      await catalogue();
      return { client: learner, query: PATHS, variables: { first } };
    },
    items: (data) => data.learningPaths.edges,
    complete: (edge) =>
      edge.node.lessonCount === 2 && edge.node.viewerEnrollment?.progress.nextStep?.kind === 'lesson',
  },
  {
    name: 'my enrolments',
    statements: 3,
    request: async (first) => {
      await catalogue();
      return { client: learner, query: MY_ENROLLMENTS, variables: { first } };
    },
    items: (data) => data.myEnrollments.edges,
    complete: (edge) => !!edge.node.path.community.name && edge.node.progress.percent === 0,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
