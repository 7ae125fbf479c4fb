import { z } from 'zod';
import { found } from '../communities/write';
import { completeMilestone, createMilestone } from '../projects/milestones';
import { updateTask } from '../projects/tasks';
import { builder } from './builder';
import { day, Milestone, Project, Task } from './project';
import { User } from './user';
import { fields, message } from './validation';

const CreateMilestoneInput = builder.inputType('CreateMilestoneInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: Project, required: true }),
    title: t.string({ required: true, validate: fields.text(200) }),
    dueOn: t.string({ required: true, description: 'YYYY-MM-DD.', validate: day }),
  }),
});

const UpdateTaskInput = builder.inputType('UpdateTaskInput', {
  description: 'What to change; a field left out stays as it is, a null assignee or due date removes it.',
  fields: (t) => ({
    title: t.string({ validate: fields.text(200) }),
    description: t.string({
      description: 'Markdown.',
      validate: z
        .string()
        .trim()
        .max(10_000, message('validation.tooLong', { max: 10_000 })),
    }),
    assigneeId: t.globalID({ for: User, description: 'A member of the project.' }),
    dueOn: t.string({ description: 'YYYY-MM-DD.', validate: day }),
  }),
});

builder.mutationFields((t) => ({
  updateTask: t.withAuth({ signedIn: true }).drizzleField({
    type: Task,
    description: 'Renames, describes, assigns or reschedules a task (those who may move it).',
    errors: {},
    args: {
      id: t.arg.globalID({ for: Task, required: true }),
      input: t.arg({ type: UpdateTaskInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      await ctx.db.transaction((tx) =>
        updateTask(tx, ctx.viewer, id.id, {
          ...(input.title != null && { title: input.title }),
          ...(input.description != null && { description: input.description }),
          ...(input.assigneeId !== undefined && { assigneeId: input.assigneeId?.id ?? null }),
          ...(input.dueOn !== undefined && { dueOn: input.dueOn || null }),
        }),
      );
      return found(await ctx.db.query.tasks.findFirst(query({ where: { id: id.id } })));
    },
  }),
  createMilestone: t.withAuth({ signedIn: true }).drizzleField({
    type: Milestone,
    description: 'Plans a milestone of a project (its owner, animators, admins).',
    errors: {},
    args: { input: t.arg({ type: CreateMilestoneInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await ctx.db.transaction((tx) =>
        createMilestone(tx, ctx.viewer, {
          projectId: input.projectId.id,
          title: input.title,
          dueOn: input.dueOn,
        }),
      );
      return found(await ctx.db.query.milestones.findFirst(query({ where: { id: created.id } })));
    },
  }),
  completeMilestone: t.withAuth({ signedIn: true }).drizzleField({
    type: Milestone,
    description: 'Marks a milestone reached, or not reached again (its owner, animators, admins).',
    errors: {},
    args: { id: t.arg.id({ required: true }), done: t.arg.boolean({ defaultValue: true }) },
    resolve: async (query, _root, { id, done }, ctx) => {
      await ctx.db.transaction((tx) => completeMilestone(tx, ctx.viewer, String(id), done ?? true));
      return found(await ctx.db.query.milestones.findFirst(query({ where: { id: String(id) } })));
    },
  }),
}));
