import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createProject } from './support/fixtures/projects';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once } from './support/statement-counts';

/** The web client's project directory line and board column, with a page size. */
const DIRECTORY = `query($first: Int) {
  projects(first: $first) {
    edges { node { id weather weatherReason endsOn overdueMilestoneCount owner { id name } community { id slug name orgUnits { name } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const BOARD = `query($slug: String!, $first: Int) {
  community(slug: $slug) { project { id tasks(status: todo, first: $first) {
    edges { node { id title status dueOn overdue assignee { id name avatarUrl } } }
  } } }
}`;

let app: TestApp;
let reader: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
});
afterAll(() => app.close());

/** More projects than a large page, each with a milestone; one with a column longer than a page. */
const portfolio = once(async () => {
  let board = '';
  for (let i = 0; i <= LARGE; i += 1) {
    const owner = await app.createUser();
    const project = await createProject(app, {
      visibility: i % 2 ? 'private' : 'public',
      ownerId: owner.id,
      members: [{ userId: reader.user.id }, { userId: owner.id }],
    });
    await app.services.db
      .insert(schema.milestones)
      .values({ projectId: project.id, title: 'Jalon', dueOn: '2020-01-01' });
    board = project.slug;
    if (i === LARGE) {
      const people = [];
      for (let j = 0; j <= LARGE; j += 1) people.push(await app.createUser());
      await app.services.db.insert(schema.tasks).values(
        people.map((person, j) => ({
          projectId: project.id,
          title: `Tâche ${j}`,
          assigneeId: person.id,
          position: j,
        })),
      );
    }
  }
  return { board };
});

const cases: ListCase[] = [
  {
    name: 'project directory',
    statements: 3,
    request: async (first) => {
      await portfolio();
      return { client: reader, query: DIRECTORY, variables: { first } };
    },
    items: (data) => data.projects.edges,
    complete: (edge) => edge.node.overdueMilestoneCount === 1 && !!edge.node.owner.name,
  },
  {
    name: 'project board (a column)',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: BOARD,
      variables: { slug: (await portfolio()).board, first },
    }),
    items: (data) => data.community.project.tasks.edges,
    complete: (edge) => !!edge.node.assignee.name,
  },
];

describe('SQL statements of the projects lists, whatever the page size', () => {
  for (const list of cases) it(list.name, () => expectConstantStatements(app, list));
});
