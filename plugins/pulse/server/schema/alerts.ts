import { NotFoundError, type PluginSchema } from '@levain/server/plugin';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { pulseAlerts } from '../../db/schema';
import { isUuid } from '../campaigns/store';
import { campaignById } from './batch';
import type { CampaignRefs } from './campaigns';
import { asOrgUnit, chartOf, requireScope } from './context';

type Alert = typeof pulseAlerts.$inferSelect;

/** Workload-risk alerts, for HR (all) and managers (their units). */
export function alertsSchema(
  { builder, queryField, mutationField, core }: PluginSchema,
  { PulseCampaign }: CampaignRefs,
) {
  const Kind = builder.enumType('PulseAlertKind', {
    description:
      'threshold: the index reached the threshold; rise / fall: it moved by the configured points.',
    values: ['threshold', 'rise', 'fall'] as const,
  });
  const PulseAlert = builder.objectRef<Alert>('PulseAlert').implement({
    description:
      'A group’s workload-risk index (0–100, from the Gollac dimensions) crossed the threshold or moved a lot.',
    fields: (t) => ({
      id: t.exposeID('id'),
      campaign: t.field({
        type: PulseCampaign,
        nullable: true,
        resolve: (a, _x, ctx) => campaignById(ctx, a.campaignId),
      }),
      period: t.exposeInt('period'),
      orgUnit: t.field({
        type: core.OrgUnit,
        nullable: true,
        resolve: async (a, _x, ctx) => {
          const unit = (await chartOf(ctx)).byId.get(a.orgUnitId);
          return unit ? asOrgUnit(unit) : null;
        },
      }),
      kind: t.field({ type: Kind, resolve: (a) => a.kind }),
      riskIndex: t.exposeInt('riskIndex'),
      previous: t.exposeInt('previous', { nullable: true }),
      responseCount: t.exposeInt('responseCount'),
      createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
      acknowledged: t.boolean({ resolve: (a) => !!a.acknowledgedAt }),
    }),
  });

  queryField('pulseAlerts', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [PulseAlert],
      description: 'The latest workload-risk alerts of the units the viewer may read, newest first.',
      args: {
        first: t.arg.int({ defaultValue: 50 }),
        unacknowledgedOnly: t.arg.boolean({ defaultValue: false }),
      },
      resolve: async (_root, { first, unacknowledgedOnly }, ctx) => {
        const scope = await requireScope(ctx);
        return ctx.db
          .select()
          .from(pulseAlerts)
          .where(
            and(
              scope.ids ? inArray(pulseAlerts.orgUnitId, [...scope.ids]) : undefined,
              unacknowledgedOnly ? isNull(pulseAlerts.acknowledgedAt) : undefined,
            ),
          )
          .orderBy(desc(pulseAlerts.createdAt), desc(pulseAlerts.id))
          .limit(Math.min(Math.max(first ?? 50, 1), 200));
      },
    }),
  );

  mutationField('acknowledgePulseAlert', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: PulseAlert,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        const scope = await requireScope(ctx);
        const [alert] = isUuid(String(id))
          ? await ctx.db
              .select()
              .from(pulseAlerts)
              .where(eq(pulseAlerts.id, String(id)))
          : [];
        if (!alert || !scope.has(alert.orgUnitId)) throw new NotFoundError();
        const [updated] = await ctx.db
          .update(pulseAlerts)
          .set({ acknowledgedAt: new Date(), acknowledgedBy: ctx.viewer.id })
          .where(eq(pulseAlerts.id, alert.id))
          .returning();
        return updated!;
      },
    }),
  );
}
