import type { schema as core } from '@levain/db';
import { can, type PluginSchema } from '@levain/server/plugin';
import { parseMonth } from '../board/month';
import { measureWorkload, type WorkloadLine } from '../workload/measure';
import type { networkSchema } from './network';

/** `cmWorkload(month)`: each part-time CM's declared share against their measured CM work. */
export function workloadSchema(schema: PluginSchema, network: ReturnType<typeof networkSchema>) {
  const { builder, queryField, core: refs, services } = schema;
  const Alert = builder.enumType('CmWorkloadAlert', {
    description:
      'EXCEEDS_SHARE: CM work above 1.5 × the declared share and 5 points more; OUTSIDE_HOURS: more than half of at least 5 pieces of work outside working hours.',
    values: ['EXCEEDS_SHARE', 'OUTSIDE_HOURS'] as const,
  });
  const Line = builder.objectRef<WorkloadLine>('CmWorkloadLine').implement({
    description:
      'A part-time CM’s month. Measured share: estimated minutes of CM work (moderation 10, answer 15, post 30, validation 5) ÷ the minutes of their working hours in the month.',
    fields: (t) => ({
      person: t.field({ type: refs.User, resolve: (l) => l.person as typeof core.users.$inferSelect }),
      orgUnits: t.field({ type: [refs.OrgUnit], resolve: (l) => l.positions.map((p) => p.orgUnit) }),
      declaredSharePercent: t.exposeInt('declaredSharePercent'),
      measuredSharePercent: t.exposeFloat('measuredSharePercent'),
      moderationActions: t.exposeInt('moderationActions'),
      answers: t.exposeInt('answers'),
      posts: t.exposeInt('posts'),
      validations: t.exposeInt('validations'),
      activities: t.exposeInt('activities'),
      estimatedMinutes: t.exposeInt('estimatedMinutes'),
      workingMinutes: t.exposeInt('workingMinutes'),
      outsideWorkingHours: t.exposeInt('outsideWorkingHours'),
      outsideSharePercent: t.exposeFloat('outsideSharePercent', { nullable: true }),
      alerts: t.field({ type: [Alert], resolve: (l) => l.alerts }),
    }),
  });

  queryField('cmWorkload', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [Line],
      description:
        'Part-time CMs’ workload for a month: the chief CM sees every one, a part-time CM their own line; others get an empty list, employees NotAllowedError.',
      args: { month: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const month = parseMonth(args.month, new Date());
        const { view, positions } = await network.visiblePositions(ctx);
        const readable = positions.filter(
          (p) => p.holder && can(ctx.viewer, 'cm-network:read-workload', { userId: p.holder.userId }),
        );
        return measureWorkload(services, view, readable, month);
      },
    }),
  );
}
