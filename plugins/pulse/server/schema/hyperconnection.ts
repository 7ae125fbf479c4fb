import type { PluginSchema } from '@levain/server/plugin';
import { type HyperconnectionGroup, hyperconnectionOf } from '../hyperconnection';
import { asOrgUnit, chartOf, unitToRead } from './context';
import type { SharedTypes } from './types';

type View = Awaited<ReturnType<typeof hyperconnectionOf>>;

/** The hyperconnection signal from platform metadata (not from the survey). */
export function hyperconnectionSchema(
  { builder, queryField, core, services }: PluginSchema,
  types: SharedTypes,
) {
  const Level = builder.enumType('PulseHyperconnectionLevel', {
    description: 'ALMOST_NONE (under 10 %) and ALMOST_ALL (over 90 %) replace the share at the extremes.',
    values: ['ALMOST_NONE', 'SOME', 'ALMOST_ALL'] as const,
  });
  const Group = builder.objectRef<HyperconnectionGroup>('PulseHyperconnectionGroup').implement({
    fields: (t) => ({
      orgUnit: t.field({ type: core.OrgUnit, resolve: (g) => asOrgUnit(g.unit) }),
      peopleCount: t.exposeInt('peopleCount', {
        nullable: true,
        description: 'Active people in the window.',
      }),
      share: t.exposeInt('share', { nullable: true, description: 'Percent, rounded to 5.' }),
      level: t.field({ type: Level, nullable: true, resolve: (g) => g.level }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (g) => g.hiddenReason }),
    }),
  });
  const Hyperconnection = builder.objectRef<View>('PulseHyperconnection').implement({
    description:
      'Share of active people whose posts, comments and reactions fall outside their working hours or on rest days (a quarter of their activity or more), over the last complete four weeks; groups of 10 or more, never per person.',
    fields: (t) => ({
      from: t.field({ type: 'DateTime', resolve: (h) => h.from }),
      to: t.field({ type: 'DateTime', resolve: (h) => h.to }),
      orgUnit: t.field({ type: core.OrgUnit, resolve: (h) => asOrgUnit(h.group.unit) }),
      peopleCount: t.int({ nullable: true, resolve: (h) => h.group.peopleCount }),
      share: t.int({ nullable: true, resolve: (h) => h.group.share }),
      level: t.field({ type: Level, nullable: true, resolve: (h) => h.group.level }),
      hiddenReason: t.field({
        type: types.HiddenReason,
        nullable: true,
        resolve: (h) => h.group.hiddenReason,
      }),
      children: t.field({ type: [Group], resolve: (h) => h.children }),
    }),
  });

  queryField('hyperconnection', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Hyperconnection,
      description:
        'The hyperconnection signal of an org unit and the units just below it. HR, or the unit’s manager.',
      args: { orgUnitId: t.arg.globalID({ for: core.OrgUnit }) },
      resolve: async (_root, { orgUnitId }, ctx) => {
        const unitId = await unitToRead(ctx, orgUnitId?.id);
        const chart = await chartOf(ctx);
        return hyperconnectionOf(services, chart, unitId, new Date());
      },
    }),
  );
}
