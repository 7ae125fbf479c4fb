import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOARD,
  CREATE_TASK,
  createProject,
  MOVE_TASK,
  MY_TASKS,
  POST_STATUS,
  PROJECTS,
  projectGid,
  userGid,
} from './support/fixtures/projects';
import { createTestApp, gid, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let owner: SignedInClient;
let member: SignedInClient;
let outsider: SignedInClient;
let project: Awaited<ReturnType<typeof createProject>>;

beforeAll(async () => {
  app = await createTestApp();
  owner = await app.signedIn();
  member = await app.signedIn();
  outsider = await app.signedIn();
  project = await createProject(app, {
    name: 'Projet Intranet',
    visibility: 'private',
    ownerId: owner.user.id,
    members: [{ userId: owner.user.id }, { userId: member.user.id }],
  });
});
afterAll(() => app.close());

const task = (client: SignedInClient, input: Record<string, unknown>) =>
  client.data(CREATE_TASK, { input: { projectId: projectGid(project.id), ...input } });

describe('tasks of a project', () => {
  it('creates tasks in a column and moves one to another column at a place', async () => {
    const a = (await task(member, { title: 'Ateliers utilisateurs', assigneeId: userGid(member.user.id) }))
      .createTask;
    expect(a.__typename).toBe('MutationCreateTaskSuccess');
    const b = (await task(member, { title: 'Plan de migration', status: 'doing' })).createTask.data;
    const c = (await task(owner, { title: 'Maquettes', status: 'doing' })).createTask.data;

    const moved = (await member.data(MOVE_TASK, { id: a.data.id, status: 'doing', index: 1 })).moveTask;
    expect(moved.data.status).toBe('doing');
    const board = (await member.data(BOARD, { slug: project.slug, first: 10 })).community.project;
    expect(board.doing.edges.map((e: any) => e.node.id)).toEqual([b.id, a.data.id, c.id]);
    expect(board.todo.edges).toEqual([]);

    await member.data(MOVE_TASK, { id: c.id, status: 'doing', index: 0 });
    const again = (await member.data(BOARD, { slug: project.slug, first: 10 })).community.project;
    expect(again.doing.edges.map((e: any) => e.node.id)).toEqual([c.id, b.id, a.data.id]);
  });

  it('refuses an assignee who is not a member, a bad date and a place out of bounds, by field', async () => {
    const notMember = (await task(member, { title: 'X', assigneeId: userGid(outsider.user.id) })).createTask;
    expect(notMember.issues).toEqual([{ field: 'assigneeId', message: expect.stringContaining('member') }]);
    const badDay = (await task(member, { title: 'X', dueOn: '31/12/2026' })).createTask;
    expect(badDay.__typename).toBe('ValidationError');
    expect(badDay.issues[0].field).toContain('dueOn');
    const { data } = (await task(member, { title: 'Y' })).createTask;
    const far = (await member.data(MOVE_TASK, { id: data.id, status: 'done', index: -1 })).moveTask;
    expect(far.__typename).toBe('ValidationError');
  });

  it('lists my open tasks across projects, overdue first', async () => {
    const other = await createProject(app, { members: [{ userId: member.user.id }] });
    await app.services.db.insert(schema.tasks).values([
      { projectId: project.id, title: 'Later', dueOn: '2999-01-01', assigneeId: member.user.id },
      { projectId: other.id, title: 'Overdue', dueOn: '2020-01-01', assigneeId: member.user.id },
      {
        projectId: other.id,
        title: 'Closed',
        dueOn: '2020-01-01',
        assigneeId: member.user.id,
        status: 'done',
      },
    ]);
    const { myTasks } = await member.data(MY_TASKS, { first: 10 });
    const titles = myTasks.edges.map((e: any) => e.node.title);
    expect(titles[0]).toBe('Overdue');
    expect(myTasks.edges[0].node.overdue).toBe(true);
    expect(titles).toContain('Later');
    expect(titles).not.toContain('Closed');
    expect(titles.indexOf('Later')).toBeLessThan(titles.indexOf('Ateliers utilisateurs'));
  });
});

describe('status updates', () => {
  it('posts the weather in the feed and on the timeline; only the owner may', async () => {
    const denied = (
      await member.data(POST_STATUS, {
        input: { projectId: projectGid(project.id), weather: 'late', reason: 'Retard', done: 'Rien' },
      })
    ).postStatusUpdate;
    expect(denied.__typename).toBe('NotAllowedError');
    const noReason = (
      await owner.data(POST_STATUS, {
        input: { projectId: projectGid(project.id), weather: 'at_risk', done: 'x' },
      })
    ).postStatusUpdate;
    expect(noReason.issues[0].field).toBe('reason');
    const posted = (
      await owner.data(POST_STATUS, {
        input: {
          projectId: projectGid(project.id),
          weather: 'at_risk',
          reason: 'Prestataire en retard',
          done: 'Ateliers terminés',
          helpNeeded: 'Un relecteur',
        },
      })
    ).postStatusUpdate;
    expect(posted.data.weather).toBe('at_risk');
    expect(posted.data.post.body).toContain('Prestataire en retard');
    const board = (await member.data(BOARD, { slug: project.slug, first: 1 })).community.project;
    expect(board.weather).toBe('at_risk');
    expect(board.statusUpdates.edges[0].node.reason).toBe('Prestataire en retard');
    expect(board.viewerCan).toEqual({ work: true, report: false });
  });

  it('filters the directory by weather and by mine', async () => {
    const { projects } = await owner.data(PROJECTS, {
      filter: { weather: 'at_risk', mine: true },
      first: 10,
    });
    expect(projects.edges.map((e: any) => e.node.community.name)).toEqual(['Projet Intranet']);
    const none = await outsider.data(PROJECTS, { filter: { mine: true }, first: 10 });
    expect(none.projects.edges).toEqual([]);
  });

  it('gives a manager’s portfolio the projects of the units below theirs', async () => {
    const { db } = app.services;
    const [direction] = await db
      .insert(schema.orgUnits)
      .values({ code: 'portfolio-direction', name: 'Direction commerciale', kind: 'direction' })
      .returning();
    const [team] = await db
      .insert(schema.orgUnits)
      .values({ code: 'portfolio-team', name: 'Équipe Sud', kind: 'team', parentId: direction!.id })
      .returning();
    await db.insert(schema.communityOrgUnits).values({ communityId: project.id, orgUnitId: team!.id });
    const names = async (orgUnitId: string) =>
      (
        await owner.data(PROJECTS, { filter: { orgUnitId: gid('OrgUnit', orgUnitId) }, first: 10 })
      ).projects.edges.map((e: any) => e.node.community.name);
    expect(await names(direction!.id)).toEqual(['Projet Intranet']);
    expect(await names(team!.id)).toEqual(['Projet Intranet']);
    const [other] = await db
      .insert(schema.orgUnits)
      .values({ code: 'portfolio-other', name: 'Direction financière', kind: 'direction' })
      .returning();
    expect(await names(other!.id)).toEqual([]);
  });
});
