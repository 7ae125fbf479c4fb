import { encodeGlobalID } from '@pothos/plugin-relay';
import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { NotSignedInError } from '../errors';
import { type Progress, pathSizeSql, progressSql, type StepRef } from '../learning/progress';
import { readableModuleIds, readablePathsWhere } from '../permissions';
import { isUuid, NOBODY } from '../posts/access';
import { builder } from './builder';
import { fromJson } from './reaction';

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;
/** One extra shared by the size fields (fields asking for the same extra must pass the same function). */
const size = (p: { id: unknown }) => pathSizeSql(p.id);
const progress = (e: { pathId: unknown; userId: unknown }): SQL => progressSql(e.pathId, e.userId);

/** Paths, lessons and quizzes reached through `node(id)` pass the same SQL rule as the lists. */
export const readableNodes = <T extends { id: string }>(
  load: (ids: string[], ctx: Context) => Promise<T[]>,
) => ({
  loadMany: async (ids: string[], ctx: Context) => {
    if (!ctx.viewer) throw new NotSignedInError();
    const rows = await load(ids.filter(isUuid), ctx);
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  },
});

export const LearningStepKind = builder.enumType('LearningStepKind', { values: ['lesson', 'quiz'] as const });

const LearningStepRef = builder.objectRef<StepRef>('LearningStepRef').implement({
  description: 'A step of a path (a lesson or a quiz), by its id: where to resume.',
  fields: (t) => ({
    kind: t.expose('kind', { type: LearningStepKind }),
    id: t.id({ resolve: (step) => encodeGlobalID(step.kind === 'lesson' ? 'Lesson' : 'Quiz', step.id) }),
    title: t.exposeString('title'),
  }),
});

const LearningProgress = builder.objectRef<Progress>('LearningProgress').implement({
  description: 'Steps done (lessons completed, quizzes passed) out of all the steps of the path.',
  fields: (t) => ({
    completedSteps: t.int({ resolve: (p) => Number(p.done) }),
    totalSteps: t.int({ resolve: (p) => Number(p.total) }),
    percent: t.int({
      resolve: (p) => (Number(p.total) ? Math.floor((100 * Number(p.done)) / Number(p.total)) : 0),
    }),
    nextStep: t.field({
      type: LearningStepRef,
      nullable: true,
      description: 'The first step not done yet; null once every step is.',
      resolve: (p) => p.next,
    }),
  }),
});

export const LearningPath = builder.drizzleNode('learningPaths', {
  name: 'LearningPath',
  description: 'Ordered modules of lessons and quizzes, taken in a learning community.',
  authScopes: { signedIn: true },
  id: { column: (path) => path.id },
  select: { columns: { id: true } },
  ...readableNodes((ids, ctx) =>
    ctx.db.query.learningPaths.findMany({
      where: { id: { in: ids }, RAW: (p) => readablePathsWhere(ctx.viewer, p) },
    }),
  ),
  fields: (t) => ({
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    version: t.exposeInt('version', {
      description: 'Goes up when a quiz changes after people passed it; certificates keep theirs.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    community: t.relation('community', {
      description: 'The learning community where the path is discussed.',
    }),
    modules: t.relation('modules', { query: { orderBy: { position: 'asc' } } }),
    lessonCount: t.int({
      select: { extras: { size } },
      resolve: (p) => Number(fromJson<SizeRow>(p.size).lessons),
    }),
    quizCount: t.int({
      select: { extras: { size } },
      resolve: (p) => Number(fromJson<SizeRow>(p.size).quizzes),
    }),
    estimatedMinutes: t.int({
      description: 'The minutes its lessons take, by their authors’ estimates.',
      select: { extras: { size } },
      resolve: (p) => Number(fromJson<SizeRow>(p.size).minutes),
    }),
    viewerEnrollment: t.field({
      type: Enrollment,
      nullable: true,
      description: 'The viewer’s enrolment, with their progress; null when they have not enrolled.',
      select: (_args, ctx, nested) => ({
        with: { enrollments: nested({ where: { userId: viewerId(ctx) }, limit: 1 }) },
      }),
      resolve: (p) => p.enrollments[0] ?? null,
    }),
  }),
});
type SizeRow = { lessons: number; quizzes: number; minutes: number };

export const LearningModule = builder.drizzleObject('learningModules', {
  name: 'LearningModule',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    position: t.exposeInt('position'),
    path: t.relation('path'),
    lessons: t.relation('lessons', { query: { orderBy: { position: 'asc' } } }),
    quizzes: t.relation('quizzes', { query: { orderBy: { position: 'asc' } } }),
  }),
});

export const Lesson = builder.drizzleNode('lessons', {
  name: 'Lesson',
  authScopes: { signedIn: true },
  id: { column: (lesson) => lesson.id },
  select: { columns: { id: true } },
  ...readableNodes((ids, ctx) =>
    ctx.db.query.lessons.findMany({
      where: { id: { in: ids }, RAW: (l) => sql`${l.moduleId} in ${readableModuleIds(ctx.viewer)}` },
    }),
  ),
  fields: (t) => ({
    title: t.exposeString('title'),
    bodyHtml: t.exposeString('bodyHtml', {
      description: 'Sanitised HTML rendered when the lesson was written.',
    }),
    estimatedMinutes: t.exposeInt('estimatedMinutes'),
    position: t.exposeInt('position', { description: 'Its place in the module, among lessons and quizzes.' }),
    module: t.relation('module'),
    viewerCompleted: t.boolean({
      select: (_args, ctx) => ({
        extras: {
          viewerCompleted: (l) =>
            sql<boolean>`exists (select 1 from lesson_completions c where c.lesson_id = ${l.id} and c.user_id = ${viewerId(ctx)})`,
        },
      }),
      resolve: (l) => !!l.viewerCompleted,
    }),
  }),
});

export const Enrollment = builder.drizzleObject('enrollments', {
  name: 'Enrollment',
  description: 'A person taking a path: since when, until when, how far they are.',
  fields: (t) => ({
    id: t.exposeID('id'),
    path: t.relation('path', {
      nullable: true,
      description: 'Null when the person may no longer read the path (they left its private community).',
      query: (_args, ctx) => ({ where: { RAW: (p) => readablePathsWhere(ctx.viewer, p) } }),
    }),
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    progress: t.field({
      type: LearningProgress,
      select: { extras: { progress } },
      resolve: (e) => fromJson<Progress>(e.progress),
    }),
    certificate: t.relation('certificate', { nullable: true }),
  }),
});

export const Certificate = builder.drizzleObject('certificates', {
  name: 'Certificate',
  description:
    'Proof that a person completed a path, on the version they passed. Its verification page shows the name, the path and the date only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    holderName: t.string({
      select: { with: { user: { columns: { name: true } } } },
      resolve: (c) => c.user.name,
    }),
    pathTitle: t.string({
      select: { with: { path: { columns: { title: true } } } },
      resolve: (c) => c.path.title,
    }),
    pathVersion: t.exposeInt('pathVersion'),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    verificationUrl: t.string({
      resolve: (c, _args, ctx) => `${ctx.config.publicUrl}/certificates/${c.id}`,
    }),
    path: t.relation('path', {
      nullable: true,
      description: 'The path, for those who may read it; null for others.',
      query: (_args, ctx) => ({ where: { RAW: (p) => readablePathsWhere(ctx.viewer, p) } }),
    }),
  }),
});
