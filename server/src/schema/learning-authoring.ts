import { z } from 'zod';
import { assignPath } from '../learning/assignment';
import { parsePathContent } from '../learning/path-draft';
import { createPath, updatePath } from '../learning/path-editing';
import { builder } from './builder';
import { Community } from './community';
import { LearningPath, LearningStepKind } from './learning-path';
import { OrgUnit } from './org-unit';
import { User } from './user';
import { message } from './validation';

/** Lists are bounded here; each field's length and range are checked with the whole path (path-draft.ts). */
const atMost = (max: number) => z.array(z.unknown()).max(max, message('validation.tooMany', { max }));

const QuizChoiceInput = builder.inputType('QuizChoiceInput', {
  fields: (t) => ({
    label: t.string({ required: true }),
    correct: t.boolean({ required: true }),
    explanation: t.string({ required: true, description: 'Shown once the answer was chosen; may be empty.' }),
  }),
});

const QuizQuestionInput = builder.inputType('QuizQuestionInput', {
  fields: (t) => ({
    prompt: t.string({ required: true }),
    multipleChoice: t.boolean({ required: true }),
    choices: t.field({ type: [QuizChoiceInput], required: true, validate: atMost(8) }),
  }),
});

const LearningStepInput = builder.inputType('LearningStepInput', {
  description:
    'A lesson (body, estimatedMinutes) or a quiz (passMark, attemptsAllowed, questions), by `kind`.',
  fields: (t) => ({
    kind: t.field({ type: LearningStepKind, required: true }),
    id: t.id({
      description:
        'The step’s id as `editableContent` gives it, to keep the step (and learners’ progress on it); none for a new step.',
    }),
    title: t.string({ required: true }),
    body: t.string({ description: 'Markdown, for a lesson.' }),
    estimatedMinutes: t.int(),
    passMark: t.int({ description: 'Percent of right answers to pass, for a quiz.' }),
    attemptsAllowed: t.int(),
    questions: t.field({ type: [QuizQuestionInput], validate: atMost(30) }),
  }),
});

const LearningModuleInput = builder.inputType('LearningModuleInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    steps: t.field({ type: [LearningStepInput], required: true, validate: atMost(30) }),
  }),
});

const LearningPathInput = builder.inputType('LearningPathInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    summary: t.string({ required: true }),
    modules: t.field({ type: [LearningModuleInput], required: true, validate: atMost(20) }),
  }),
});

type Input = typeof LearningPathInput.$inferInput;
const contentOf = (input: Input) => parsePathContent(input);

builder.mutationFields((t) => ({
  createLearningPath: t.withAuth({ signedIn: true }).drizzleField({
    type: LearningPath,
    description: 'Writes a new path in a learning community the viewer animates.',
    errors: {},
    args: {
      communityId: t.arg.globalID({ required: true, for: Community }),
      input: t.arg({ type: LearningPathInput, required: true }),
    },
    resolve: async (query, _root, { communityId, input }, ctx) => {
      const { id } = await createPath(ctx.db, ctx.viewer, communityId.id, contentOf(input));
      return (await ctx.db.query.learningPaths.findFirst(query({ where: { id } })))!;
    },
  }),
  updateLearningPath: t.withAuth({ signedIn: true }).drizzleField({
    type: LearningPath,
    description:
      'Rewrites a path’s modules and steps: steps sent with their id are kept, others deleted; changed quiz questions make a new version.',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: LearningPath }),
      input: t.arg({ type: LearningPathInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updatePath(ctx.db, ctx.viewer, id.id, contentOf(input));
      return (await ctx.db.query.learningPaths.findFirst(query({ where: { id: id.id } })))!;
    },
  }),
  assignLearningPath: t.withAuth({ signedIn: true }).int({
    description:
      'Assigns a path with a due date to people and to org units (sub-units included); the assignees are notified. Returns how many were assigned (those who completed it are left as they are).',
    errors: {},
    args: {
      pathId: t.arg.globalID({ required: true, for: LearningPath }),
      userIds: t.arg.globalIDList({ for: User, validate: atMost(200) }),
      orgUnitIds: t.arg.globalIDList({ for: OrgUnit, validate: atMost(20) }),
      dueAt: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const assigned = await assignPath(ctx.db, ctx.viewer, args.pathId.id, {
        userIds: (args.userIds ?? []).map((u) => u.id),
        orgUnitIds: (args.orgUnitIds ?? []).map((u) => u.id),
        dueAt: args.dueAt,
      });
      if (assigned.userIds.length) ctx.services.events.emit('learning.path-assigned', assigned);
      return assigned.userIds.length;
    },
  }),
}));
