import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, NODE } from './support/fixtures/communities';
import {
  BOARD,
  CREATE_TASK,
  createProject,
  MOVE_TASK,
  MY_TASKS,
  PROJECTS,
  projectGid,
} from './support/fixtures/projects';
import { createTestApp, type GraphQLResponse, type SignedInClient, type TestApp } from './support/harness';

/**
 * The permission matrix of projects: a project and its tasks are seen as the community's content
 * is. hidden = indistinguishable from a project that does not exist (null, absent from the
 * directory, "not found" to a write).
 */
type Outcome = 'ok' | 'hidden';
const paths = [
  'directory',
  'community.project',
  'node',
  'taskNode',
  'myTasks',
  'createTask',
  'moveTask',
] as const;
type Role = 'non-member' | 'member' | 'admin';
const everywhere = (outcome: Outcome) => Array(paths.length).fill(outcome).join(' ');
const expected: Record<Role, Record<'public' | 'private' | 'secret', string>> = {
  'non-member': {
    // A public project is read by everyone; working on it takes membership (posting there).
    public: 'ok ok ok ok ok hidden hidden',
    private: everywhere('hidden'),
    secret: everywhere('hidden'),
  },
  member: { public: everywhere('ok'), private: everywhere('ok'), secret: everywhere('ok') },
  // Admins read every project; like posting, working on one takes membership.
  admin: {
    public: 'ok ok ok ok ok hidden hidden',
    private: 'ok ok ok ok ok hidden hidden',
    secret: 'ok ok ok ok ok hidden hidden',
  },
};

let app: TestApp;
const clients = {} as Record<Role, SignedInClient>;

beforeAll(async () => {
  app = await createTestApp();
  clients['non-member'] = await app.signedIn();
  clients.member = await app.signedIn();
  clients.admin = await app.signedIn(['admin']);
});
afterAll(() => app.close());

const present = (result: GraphQLResponse, found: (data: any) => boolean): Outcome => {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return found(result.data) ? 'ok' : 'hidden';
};
const wrote = (result: any): Outcome => {
  if (result.__typename.endsWith('Success')) return 'ok';
  // A project the viewer may not see answers "not found"; one they read but may not work on, "not allowed".
  expect(['NotFoundError', 'NotAllowedError']).toContain(result.__typename);
  return 'hidden';
};

describe('permission matrix of projects', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const visibility of ['public', 'private', 'secret'] as const) {
      it(`${role} × ${visibility}`, async () => {
        const client = clients[role];
        const project = await createProject(app, {
          name: `Projet ${role} ${visibility}`,
          visibility,
          members: role === 'member' ? [{ userId: client.user.id }] : [],
        });
        const [task] = await app.services.db
          .insert(schema.tasks)
          .values({ projectId: project.id, title: 'Tâche', assigneeId: client.user.id })
          .returning();
        const taskId = gid('Task', task!.id);
        const seen: Record<(typeof paths)[number], Outcome> = {
          directory: present(await client.gql(PROJECTS, { first: 100 }), (d) =>
            d.projects.edges.some((e: any) => e.node.id === projectGid(project.id)),
          ),
          'community.project': present(
            await client.gql(BOARD, { slug: project.slug, first: 5 }),
            (d) => !!d.community?.project,
          ),
          node: present(await client.gql(NODE, { id: projectGid(project.id) }), (d) => !!d.node),
          taskNode: present(await client.gql(NODE, { id: taskId }), (d) => !!d.node),
          myTasks: present(await client.gql(MY_TASKS, { first: 100 }), (d) =>
            d.myTasks.edges.some((e: any) => e.node.id === taskId),
          ),
          createTask: wrote(
            (
              await client.data(CREATE_TASK, {
                input: { projectId: projectGid(project.id), title: 'Nouvelle' },
              })
            ).createTask,
          ),
          moveTask: wrote((await client.data(MOVE_TASK, { id: taskId, status: 'doing' })).moveTask),
        };
        const row = expected[role][visibility].split(/\s+/);
        expect(seen).toEqual(Object.fromEntries(paths.map((path, i) => [path, row[i]])));
      });
    }
  }

  it('gives a non-member of a secret project "not found", never "not allowed"', async () => {
    const project = await createProject(app, { visibility: 'secret' });
    const result = (
      await clients['non-member'].data(CREATE_TASK, {
        input: { projectId: projectGid(project.id), title: 'X' },
      })
    ).createTask;
    expect(result.__typename).toBe('NotFoundError');
  });
});
