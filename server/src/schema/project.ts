import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type CommunityState, viewerAccess } from '../communities/access';
import type { Context } from '../context';
import { NotFoundError, NotSignedInError } from '../errors';
import { can, type ProjectAccess, readableProjectsWhere } from '../permissions';
import { builder } from './builder';
import { Community } from './community';
import { Post } from './post';
import { User } from './user';
import { message } from './validation';

export const ProjectWeather = builder.enumType('ProjectWeather', {
  values: ['on_track', 'at_risk', 'late', 'done'] as const,
});
export const TaskStatus = builder.enumType('TaskStatus', { values: ['todo', 'doing', 'done'] as const });

/** A calendar day, YYYY-MM-DD (due dates, a project's start and end). */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.day'))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), message('validation.day'));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const communityState = {
  columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
} as const;
export type ProjectState = { communityId: string; ownerId: string | null; community: CommunityState };

async function projectAccess(ctx: Context, project: ProjectState): Promise<ProjectAccess> {
  return { community: await viewerAccess(ctx, project.community), owner: project.ownerId === ctx.viewer?.id };
}

/** Reading anything of a project: not found unless the viewer reads its community. */
async function assertReads(ctx: Context, project: ProjectState) {
  if (!ctx.viewer) throw new NotSignedInError();
  if (!can(ctx.viewer, 'project:read', await projectAccess(ctx, project))) throw new NotFoundError();
  return true;
}

const projectState = {
  columns: { communityId: true, ownerId: true },
  with: { community: communityState },
} as const;

const ProjectViewerCan = builder.objectRef<ProjectAccess>('ProjectViewerCan').implement({
  description: 'What the viewer may do in the project, from the rules the server enforces.',
  fields: (t) => ({
    work: t.boolean({
      description: 'Create and move tasks.',
      resolve: (access, _args, ctx) => can(ctx.viewer, 'project:work', access),
    }),
    report: t.boolean({
      description: 'Post a status update (the weather).',
      resolve: (access, _args, ctx) => can(ctx.viewer, 'project:report', access),
    }),
  }),
});

export const StatusUpdate = builder.drizzleObject('statusUpdates', {
  name: 'StatusUpdate',
  description:
    'A change of the project’s weather, told in its feed: what was done, what is next, help needed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    weather: t.expose('weather', { type: ProjectWeather }),
    reason: t.exposeString('reason'),
    done: t.exposeString('done'),
    next: t.exposeString('next'),
    helpNeeded: t.exposeString('helpNeeded'),
    author: t.relation('author', { type: User, nullable: true }),
    post: t.relation('post', { type: Post, nullable: true, description: 'The post in the project’s feed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const overdue = (due: unknown, done: unknown) =>
  sql<boolean>`(${due} is not null and ${due} < current_date and ${done} is null)`;

export const Milestone = builder.drizzleObject('milestones', {
  name: 'Milestone',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD.' }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({
      select: { extras: { overdue: (m) => overdue(m.dueOn, m.doneAt) } },
      resolve: (m) => m.overdue,
    }),
  }),
});

/** node(id) answers null for a task of a project the viewer cannot read. */
const taskNodeLoading = {
  loadMany: async (ids: string[], ctx: Context) => {
    if (!ctx.viewer) throw new NotSignedInError();
    const rows = await ctx.db.query.tasks.findMany({
      where: {
        id: { in: ids.filter((id) => UUID.test(id)) },
        RAW: (task) => readableProjectsWhere(ctx.viewer, task.projectId),
      },
      with: { project: projectState },
    });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
};

export const Task = builder.drizzleNode('tasks', {
  name: 'Task',
  description: 'A piece of work of a project, in a column of its board (status).',
  select: { columns: { projectId: true }, with: { project: projectState } },
  authScopes: (task, ctx) => assertReads(ctx, task.project as ProjectState),
  id: { column: (task) => task.id },
  ...taskNodeLoading,
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { description: 'Markdown.' }),
    status: t.expose('status', { type: TaskStatus }),
    dueOn: t.exposeString('dueOn', { nullable: true, description: 'YYYY-MM-DD.' }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({
      description: 'Due before today and not done.',
      select: { extras: { overdue: (task) => overdue(task.dueOn, task.doneAt) } },
      resolve: (task) => task.overdue,
    }),
    assignee: t.relation('assignee', { type: User, nullable: true }),
    project: t.relation('project'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const projectNodeLoading = {
  loadMany: async (ids: string[], ctx: Context) => {
    if (!ctx.viewer) throw new NotSignedInError();
    const rows = await ctx.db.query.projects.findMany({
      where: {
        communityId: { in: ids.filter((id) => UUID.test(id)) },
        RAW: (p) => readableProjectsWhere(ctx.viewer, p.communityId),
      },
      ...projectState,
    });
    return ids.map((id) => rows.find((row) => row.communityId === id) ?? null);
  },
};

export const Project = builder.drizzleNode('projects', {
  name: 'Project',
  description:
    'The facts of a community of kind project: goal, sponsor, owner, dates, weather; its org units are the community’s.',
  select: projectState,
  authScopes: (project, ctx) => assertReads(ctx, project as ProjectState),
  id: { column: (project) => project.communityId },
  ...projectNodeLoading,
  fields: (t) => ({
    community: t.relation('community', { type: Community }),
    goal: t.exposeString('goal'),
    sponsor: t.relation('sponsor', { type: User, nullable: true }),
    owner: t.relation('owner', { type: User, nullable: true }),
    startsOn: t.exposeString('startsOn', { nullable: true, description: 'YYYY-MM-DD.' }),
    endsOn: t.exposeString('endsOn', { nullable: true, description: 'YYYY-MM-DD.' }),
    weather: t.expose('weather', { type: ProjectWeather }),
    weatherReason: t.exposeString('weatherReason'),
    weatherChangedAt: t.expose('weatherChangedAt', { type: 'DateTime' }),
    viewerCan: t.field({
      type: ProjectViewerCan,
      resolve: (project, _args, ctx) => projectAccess(ctx, project as ProjectState),
    }),
    statusUpdates: t.relatedConnection('statusUpdates', {
      type: StatusUpdate,
      description: 'The weather timeline, latest first.',
      query: { orderBy: { createdAt: 'desc', id: 'desc' } },
    }),
    milestones: t.relation('milestones', {
      type: Milestone,
      query: { orderBy: { dueOn: 'asc', id: 'asc' }, limit: 100 },
      description: 'By due date (the first 100).',
    }),
    overdueMilestoneCount: t.int({
      select: {
        extras: {
          overdueMilestoneCount: (p) => sql<number>`(select count(*)::int from milestones m
            where m.project_id = ${p.communityId} and m.done_at is null and m.due_on < current_date)`,
        },
      },
      resolve: (p) => p.overdueMilestoneCount,
    }),
    tasks: t.relatedConnection('tasks', {
      type: Task,
      description: 'The tasks of one column of the board (or all), in their order.',
      args: { status: t.arg({ type: TaskStatus }) },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: { status: 'asc', position: 'asc', id: 'asc' },
      }),
    }),
  }),
});

builder.drizzleObjectField(Community, 'project', (t) =>
  t.relation('project', {
    type: Project,
    nullable: true,
    description: 'The project’s facts: null unless the community is a project the viewer reads.',
    query: (_args, ctx) => ({ where: { RAW: (p) => readableProjectsWhere(ctx.viewer, p.communityId) } }),
  }),
);
