import { schema } from '@levain/db';
import { gid } from './communities-fixtures';
import { createCommunity } from './factories/communities';
import type { TestApp } from './harness';

export const projectGid = (id: string) => gid('Project', id);
export const userGid = (id: string) => gid('User', id);

export const CREATE_TASK = `mutation($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on MutationCreateTaskSuccess { data { id title status dueOn overdue assignee { id } } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

export const MOVE_TASK = `mutation($id: ID!, $status: TaskStatus!, $index: Int) {
  moveTask(id: $id, status: $status, index: $index) {
    __typename
    ... on MutationMoveTaskSuccess { data { id status } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

export const POST_STATUS = `mutation($input: StatusUpdateInput!) {
  postStatusUpdate(input: $input) {
    __typename
    ... on MutationPostStatusUpdateSuccess { data { id weather reason post { id body } } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

export const BOARD = `query($slug: String!, $first: Int) {
  community(slug: $slug) {
    project {
      id goal weather viewerCan { work report }
      statusUpdates(first: 10) { edges { node { weather reason } } }
      milestones { title overdue }
      todo: tasks(status: todo, first: $first) { edges { node { id title assignee { name } overdue } } }
      doing: tasks(status: doing, first: $first) { edges { node { id title } } }
      done: tasks(status: done, first: $first) { edges { node { id title } } }
    }
  }
}`;

export const PROJECTS = `query($filter: ProjectFilter, $first: Int) {
  projects(filter: $filter, first: $first) {
    edges { node { id weather overdueMilestoneCount community { name } owner { id } } }
  }
}`;

export const MY_TASKS = `query($first: Int) {
  myTasks(first: $first) { edges { node { id title dueOn overdue project { community { name } } } } }
}`;

/** A project community with its facts; members as createCommunity takes them. */
export async function createProject(
  app: TestApp,
  input: Parameters<typeof createCommunity>[1] & {
    ownerId?: string;
    weather?: 'on_track' | 'at_risk' | 'late' | 'done';
  } = {},
) {
  const community = await createCommunity(app, { ...input, kind: 'project' });
  await app.services.db.insert(schema.projects).values({
    communityId: community.id,
    goal: 'Livrer le nouvel intranet',
    ownerId: input.ownerId ?? null,
    weather: input.weather ?? 'on_track',
    startsOn: '2026-09-01',
    endsOn: '2027-06-30',
  });
  return community;
}
