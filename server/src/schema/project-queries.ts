import { sql } from 'drizzle-orm';
import { orgUnitSubtree } from '../communities/hierarchy';
import { readableProjectsWhere } from '../permissions';
import { isUuid, NOBODY } from '../posts/access';
import { builder } from './builder';
import { OrgUnit } from './org-unit';
import { Project, type ProjectState, ProjectWeather, Task } from './project';

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    weather: t.field({ type: ProjectWeather }),
    orgUnitId: t.globalID({
      for: OrgUnit,
      description: 'Projects linked to this org unit or a unit below it (a manager’s portfolio).',
    }),
    mine: t.boolean({ description: 'Projects the viewer owns, sponsors or is a member of.' }),
  }),
});

builder.queryFields((t) => ({
  projects: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Project,
    description: 'The project directory: projects the viewer reads, the last to change weather first.',
    args: { filter: t.arg({ type: ProjectFilter }) },
    resolve: async (query, _root, { filter }, ctx) => {
      const me = ctx.viewer?.id ?? NOBODY;
      const rows = await ctx.db.query.projects.findMany(
        query({
          where: {
            ...(filter?.weather && { weather: filter.weather }),
            community: { deletedAt: { isNull: true }, kind: 'project' },
            RAW: (p) =>
              sql.join(
                [
                  readableProjectsWhere(ctx.viewer, p.communityId),
                  filter?.orgUnitId
                    ? isUuid(filter.orgUnitId.id)
                      ? sql`exists (select 1 from community_org_units u where u.community_id = ${p.communityId}
                        and u.org_unit_id in ${orgUnitSubtree([filter.orgUnitId.id])})`
                      : sql`false`
                    : sql`true`,
                  filter?.mine
                    ? sql`(${p.ownerId} = ${me} or ${p.sponsorId} = ${me} or exists (select 1 from community_memberships m
                        where m.community_id = ${p.communityId} and m.user_id = ${me} and m.status = 'active'))`
                    : sql`true`,
                ],
                sql` and `,
              ),
          },
          orderBy: { weatherChangedAt: 'desc', communityId: 'asc' },
        }),
      );
      // Pothos selects the columns at run time; its type for the planned query lists none of them.
      return rows as unknown as ProjectState[];
    },
  }),
  myTasks: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Task,
    description: 'The viewer’s open tasks across projects: overdue first, then by due date (undated last).',
    resolve: async (query, _root, _args, ctx) => {
      const rows = await ctx.db.query.tasks.findMany(
        query({
          where: {
            assigneeId: ctx.viewer.id,
            status: { ne: 'done' },
            RAW: (task) => readableProjectsWhere(ctx.viewer, task.projectId),
          },
          extras: { dueKey: (task) => sql<string>`coalesce(${task.dueOn}, '9999-12-31'::date)` },
          orderBy: { dueKey: 'asc', id: 'asc' },
        }),
      );
      return rows as unknown as { projectId: string; project: ProjectState }[];
    },
  }),
}));
