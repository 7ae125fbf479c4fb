import { z } from 'zod';
import { found } from '../communities/write';
import { postStatusUpdate } from '../projects/status-updates';
import { createTask, moveTask } from '../projects/tasks';
import { builder } from './builder';
import { day, Project, ProjectWeather, StatusUpdate, Task, TaskStatus } from './project';
import { User } from './user';
import { fields, message } from './validation';

const MAX_INDEX = 10_000;
const longText = (max: number) => z.string().trim().max(max, message('validation.tooLong', { max }));

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: Project, required: true }),
    title: t.string({ required: true, validate: fields.text(200) }),
    description: t.string({ description: 'Markdown.', validate: longText(10_000) }),
    assigneeId: t.globalID({ for: User, description: 'A member of the project.' }),
    dueOn: t.string({ description: 'YYYY-MM-DD.', validate: day }),
    status: t.field({ type: TaskStatus, description: 'Default: todo.' }),
  }),
});

const StatusUpdateInput = builder.inputType('StatusUpdateInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: Project, required: true }),
    weather: t.field({ type: ProjectWeather, required: true }),
    reason: t.string({ description: 'Required when at risk or late.', validate: longText(300) }),
    done: t.string({ description: 'Markdown.', validate: longText(4000) }),
    next: t.string({ description: 'Markdown.', validate: longText(4000) }),
    helpNeeded: t.string({ description: 'Markdown.', validate: longText(4000) }),
  }),
});

builder.mutationFields((t) => ({
  createTask: t.withAuth({ signedIn: true }).drizzleField({
    type: Task,
    description: 'Adds a task at the bottom of its column (those who may post in the project).',
    errors: {},
    args: { input: t.arg({ type: CreateTaskInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await ctx.db.transaction((tx) =>
        createTask(tx, ctx.viewer, {
          projectId: input.projectId.id,
          title: input.title,
          description: input.description ?? '',
          assigneeId: input.assigneeId?.id ?? null,
          dueOn: input.dueOn || null,
          status: input.status ?? 'todo',
        }),
      );
      return found(await ctx.db.query.tasks.findFirst(query({ where: { id: created.id } })));
    },
  }),
  moveTask: t.withAuth({ signedIn: true }).drizzleField({
    type: Task,
    description:
      'Moves a task to a column (status) at a place in it (0: top; left out: bottom): a drop on the board or the keyboard’s move.',
    errors: {},
    args: {
      id: t.arg.globalID({ for: Task, required: true }),
      status: t.arg({ type: TaskStatus, required: true }),
      index: t.arg.int({
        validate: z
          .number()
          .int()
          .min(0, message('project.taskPosition', { max: MAX_INDEX }))
          .max(MAX_INDEX, message('project.taskPosition', { max: MAX_INDEX })),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await ctx.db.transaction((tx) => moveTask(tx, ctx.viewer, args.id.id, args.status, args.index ?? null));
      return found(await ctx.db.query.tasks.findFirst(query({ where: { id: args.id.id } })));
    },
  }),
  postStatusUpdate: t.withAuth({ signedIn: true }).drizzleField({
    type: StatusUpdate,
    description:
      'Tells the project’s weather (its owner, animators, admins): a post in its feed and a point of its weather timeline.',
    errors: {},
    args: { input: t.arg({ type: StatusUpdateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await postStatusUpdate(ctx, {
        projectId: input.projectId.id,
        weather: input.weather,
        reason: input.reason ?? '',
        done: input.done ?? '',
        next: input.next ?? '',
        helpNeeded: input.helpNeeded ?? '',
      });
      return found(await ctx.db.query.statusUpdates.findFirst(query({ where: { id } })));
    },
  }),
}));
