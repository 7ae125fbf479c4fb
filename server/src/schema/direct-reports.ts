import { builder } from './builder';
import { User } from './user';

/** A manager assigns paths to their team at once; more than this is an org unit's business. */
const MAX_REPORTS = 200;

builder.queryField('myDirectReports', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: [User],
    description: `The active people whose manager the viewer is, by name (at most ${MAX_REPORTS}).`,
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.users.findMany(
        query({
          where: { managerId: ctx.viewer.id, status: 'active' },
          orderBy: { name: 'asc', id: 'asc' },
          limit: MAX_REPORTS,
        }),
      ),
  }),
);
