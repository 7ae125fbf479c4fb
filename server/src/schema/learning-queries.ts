import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { readablePathsWhere } from '../permissions';
import { isUuid } from '../posts/access';
import { builder } from './builder';
import { Community } from './community';
import { Certificate, Enrollment, LearningPath } from './learning-path';

type EnrollmentRow = typeof schema.enrollments.$inferSelect;

builder.queryFields((t) => ({
  learningPaths: t.withAuth({ signedIn: true }).drizzleConnection({
    type: LearningPath,
    description: 'Paths the viewer may take, the newest first; of one community when given.',
    args: { communityId: t.arg.globalID({ for: Community }) },
    resolve: async (query, _root, { communityId }, ctx) => {
      const rows = await ctx.db.query.learningPaths.findMany(
        query({
          where: {
            ...(communityId && { communityId: isUuid(communityId.id) ? communityId.id : NOWHERE }),
            RAW: (p) => readablePathsWhere(ctx.viewer, p),
          },
          orderBy: { createdAt: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for the planned query lists none of them.
      return rows as unknown as { id: string }[];
    },
  }),
  learningPath: t.withAuth({ signedIn: true }).drizzleField({
    type: LearningPath,
    nullable: true,
    description: 'A path by id; null when it does not exist or the viewer may not read it.',
    args: { id: t.arg.globalID({ required: true, for: LearningPath }) },
    resolve: (query, _root, { id }, ctx) =>
      isUuid(id.id)
        ? ctx.db.query.learningPaths.findFirst(
            query({ where: { id: id.id, RAW: (p) => readablePathsWhere(ctx.viewer, p) } }),
          )
        : null,
  }),
  myEnrollments: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Enrollment,
    description: 'The paths the viewer is taking or took, the latest enrolment first.',
    args: { completed: t.arg.boolean({ description: 'Only completed (true) or in progress (false).' }) },
    resolve: async (query, _root, { completed }, ctx) => {
      const rows = await ctx.db.query.enrollments.findMany(
        query({
          where: {
            userId: ctx.viewer.id,
            ...(completed != null && { completedAt: completed ? { isNotNull: true } : { isNull: true } }),
            RAW: (e) =>
              sql`${e.pathId} in (select p.id from learning_paths p where ${readablePathsWhere(ctx.viewer, {
                communityId: sql`p.community_id`,
              })})`,
          },
          orderBy: { enrolledAt: 'desc', id: 'desc' },
        }),
      );
      return rows as unknown as EnrollmentRow[];
    },
  }),
  certificate: t.withAuth({ signedIn: true }).drizzleField({
    type: Certificate,
    nullable: true,
    description:
      'A certificate by the id in its verification URL: the holder’s name, the path and the date, for any signed-in person.',
    args: { id: t.arg.id({ required: true, validate: z.string().max(100) }) },
    resolve: (query, _root, { id }, ctx) =>
      isUuid(String(id)) ? ctx.db.query.certificates.findFirst(query({ where: { id: String(id) } })) : null,
  }),
}));

const NOWHERE = '00000000-0000-0000-0000-000000000000';
