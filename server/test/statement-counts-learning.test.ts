import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createPath } from './support/documents/learning';
import { ENROLL, gid, MY_ENROLLMENTS, PATHS } from './support/fixtures/learning';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

let app: TestApp;
let learner: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  learner = await app.signedIn();
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

const cases: ListCase[] = [
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
