import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_TASK, createProject, projectGid, userGid } from './support/fixtures/projects';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) {
    __typename
    ... on MutationUpdateTaskSuccess { data { title description dueOn assignee { id } } }
    ... on ValidationError { issues { field message } }
    ... on Error { message }
  }
}`;
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) {
  createMilestone(input: $input) {
    __typename
    ... on MutationCreateMilestoneSuccess { data { id title dueOn overdue doneAt } }
    ... on ValidationError { issues { field message } }
    ... on Error { message }
  }
}`;
const COMPLETE_MILESTONE = `mutation($id: ID!, $done: Boolean) {
  completeMilestone(id: $id, done: $done) {
    __typename
    ... on MutationCompleteMilestoneSuccess { data { overdue doneAt } }
    ... on Error { message }
  }
}`;

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
    visibility: 'private',
    ownerId: owner.user.id,
    members: [{ userId: owner.user.id }, { userId: member.user.id }],
  });
});
afterAll(() => app.close());

describe('planning a project', () => {
  it('lets a member rename, assign and reschedule a task, and refuses an assignee outside the project', async () => {
    const { data } = (
      await member.data(CREATE_TASK, { input: { projectId: projectGid(project.id), title: 'Maquettes' } })
    ).createTask;
    const changed = (
      await member.data(UPDATE_TASK, {
        id: data.id,
        input: { title: 'Maquettes v2', dueOn: '2027-01-15', assigneeId: userGid(owner.user.id) },
      })
    ).updateTask;
    expect(changed.data).toEqual({
      title: 'Maquettes v2',
      description: '',
      dueOn: '2027-01-15',
      assignee: { id: userGid(owner.user.id) },
    });
    const unassigned = (await member.data(UPDATE_TASK, { id: data.id, input: { assigneeId: null } }))
      .updateTask;
    expect(unassigned.data.assignee).toBeNull();
    expect(unassigned.data.title).toBe('Maquettes v2');

    const stranger = (
      await member.data(UPDATE_TASK, { id: data.id, input: { assigneeId: userGid(outsider.user.id) } })
    ).updateTask;
    expect(stranger.issues).toEqual([{ field: 'assigneeId', message: expect.stringContaining('member') }]);
    const hidden = (await outsider.data(UPDATE_TASK, { id: data.id, input: { title: 'x' } })).updateTask;
    expect(hidden.__typename).toBe('NotFoundError');
  });

  it('lets the owner plan a milestone and reach it; a member may not', async () => {
    const input = { projectId: projectGid(project.id), title: 'Recette', dueOn: '2020-03-01' };
    const denied = (await member.data(CREATE_MILESTONE, { input })).createMilestone;
    expect(denied.__typename).toBe('NotAllowedError');
    const badDay = (await owner.data(CREATE_MILESTONE, { input: { ...input, dueOn: 'demain' } }))
      .createMilestone;
    expect(badDay.issues[0].field).toContain('dueOn');

    const { data } = (await owner.data(CREATE_MILESTONE, { input })).createMilestone;
    expect(data).toMatchObject({ title: 'Recette', overdue: true, doneAt: null });
    const notYours = (await member.data(COMPLETE_MILESTONE, { id: data.id })).completeMilestone;
    expect(notYours.__typename).toBe('NotAllowedError');
    const reached = (await owner.data(COMPLETE_MILESTONE, { id: data.id })).completeMilestone;
    expect(reached.data.overdue).toBe(false);
    expect(reached.data.doneAt).not.toBeNull();
    const reopened = (await owner.data(COMPLETE_MILESTONE, { id: data.id, done: false })).completeMilestone;
    expect(reopened.data).toEqual({ overdue: true, doneAt: null });
    const unknown = (await outsider.data(COMPLETE_MILESTONE, { id: data.id })).completeMilestone;
    expect(unknown.__typename).toBe('NotFoundError');
  });
});
