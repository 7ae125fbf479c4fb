import { schema as core } from '@levain/db';
import { audit, authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { and, eq, isNull } from 'drizzle-orm';
import { cmTargets } from '../../db/schema';
import { type BoardLine, type BoardScope, buildBoard, type MetricLine } from '../board/board';
import { metricByKey } from '../board/metrics';
import { parseMonth } from '../board/month';
import { localId } from './ids';
import type { networkSchema } from './network';

/** `cmBoard(month, scope, scopeId)` and the chief CM's targets. */
export function boardSchema(schema: PluginSchema, network: ReturnType<typeof networkSchema>) {
  const { builder, queryField, mutationField, core: refs, services } = schema;
  const Scope = builder.enumType('CmBoardScope', {
    description: 'NETWORK: every community, by CM; ORG_UNIT, POSITION: their communities; COMMUNITY: one.',
    values: ['NETWORK', 'ORG_UNIT', 'POSITION', 'COMMUNITY'] as const,
  });
  const Metric = builder.objectRef<MetricLine>('CmMetric').implement({
    description:
      'A metric of a month: value, the month before, the change between them (value − previous), the target and the status. Engagement rate: comments, reactions and votes per 100 impressions (each post’s distinct readers, added up).',
    fields: (t) => ({
      key: t.exposeString('key'),
      value: t.exposeFloat('value', { nullable: true }),
      previous: t.exposeFloat('previous', { nullable: true }),
      change: t.exposeFloat('change', { nullable: true }),
      target: t.exposeFloat('target', { nullable: true }),
      status: t.expose('status', { type: network.Status }),
    }),
  });
  const Line = builder.objectRef<BoardLine>('CmBoardRow').implement({
    fields: (t) => ({
      scope: t.expose('scope', { type: Scope }),
      id: t.exposeID('id', { nullable: true }),
      orgUnitId: t.exposeID('orgUnitId', { nullable: true }),
      positionId: t.exposeID('positionId', { nullable: true }),
      communityId: t.exposeID('communityId', { nullable: true }),
      label: t.string({
        nullable: true,
        description:
          'The community’s name (null for other lines: their org unit and position say what they are).',
        resolve: (l) => l.communityName,
      }),
      orgUnit: t.field({
        type: refs.OrgUnit,
        nullable: true,
        resolve: (l) => l.orgUnit as typeof core.orgUnits.$inferSelect | null,
      }),
      holder: t.field({
        type: refs.User,
        nullable: true,
        description: 'The CM holding the position of a POSITION line (null when vacant or for other lines).',
        resolve: (l) => l.holder,
      }),
      status: t.expose('status', { type: network.Status }),
      metrics: t.field({ type: [Metric], resolve: (l) => l.metrics }),
    }),
  });
  const Board = builder.objectRef<Awaited<ReturnType<typeof buildBoard>>>('CmBoard').implement({
    fields: (t) => ({
      month: t.string({ resolve: (b) => b.month.key }),
      scope: t.expose('scope', { type: Scope }),
      total: t.field({ type: Line, resolve: (b) => b.total }),
      rows: t.field({ type: [Line], resolve: (b) => b.rows }),
    }),
  });

  queryField('cmBoard', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Board,
      description:
        'The monthly digital board of a scope. The chief CM reads the network; a CM the part under their positions; employees get NotAllowedError.',
      args: {
        month: t.arg.string({ required: true }),
        scope: t.arg({ type: Scope, required: true }),
        scopeId: t.arg.id(),
      },
      resolve: async (_root, args, ctx) => {
        const month = parseMonth(args.month, new Date());
        const { view, positions } = await network.visiblePositions(ctx);
        return buildBoard(ctx, services, view, positions, {
          month,
          scope: args.scope as BoardScope,
          scopeId: args.scopeId == null ? null : localId(args.scopeId),
        });
      },
    }),
  );

  type OrgUnitRow = typeof core.orgUnits.$inferSelect;
  type Target = { metric: string; value: number; orgUnitId: string | null; orgUnit: OrgUnitRow | null };
  const TargetRef = builder.objectRef<Target>('CmTarget').implement({
    fields: (t) => ({
      metric: t.exposeString('metric'),
      value: t.exposeFloat('value'),
      orgUnitId: t.exposeID('orgUnitId', {
        nullable: true,
        description: 'The country it applies to; null: the network’s default.',
      }),
      orgUnit: t.field({ type: refs.OrgUnit, nullable: true, resolve: (target) => target.orgUnit }),
    }),
  });

  queryField('cmTargets', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [TargetRef],
      description: 'The targets the chief CM has set: the network’s defaults and each country’s own.',
      resolve: async (_root, _args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-board');
        return ctx.db
          .select({
            metric: cmTargets.metric,
            value: cmTargets.value,
            orgUnitId: cmTargets.orgUnitId,
            orgUnit: core.orgUnits,
          })
          .from(cmTargets)
          .leftJoin(core.orgUnits, eq(core.orgUnits.id, cmTargets.orgUnitId))
          .orderBy(cmTargets.metric, core.orgUnits.name);
      },
    }),
  );

  mutationField('setCmTarget', (t) =>
    t.field({
      type: TargetRef,
      errors: {},
      description: 'Sets a metric’s target for the network, or for one country (overriding the network’s).',
      args: {
        metric: t.arg.string({ required: true }),
        value: t.arg.float({ required: true }),
        orgUnitId: t.arg.globalID({ for: refs.OrgUnit }),
      },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-board');
        const actorId = ctx.viewer.id;
        const metric = metricByKey.get(args.metric);
        if (!metric || metric.better === null)
          throw ValidationError.field('metric', 'cm-network:validation.unknownMetric');
        const { min, max } = metric.range;
        if (!Number.isFinite(args.value) || args.value < min || args.value > max)
          throw ValidationError.field('value', 'cm-network:validation.targetRange', { min, max });
        const orgUnitId = args.orgUnitId?.id ?? null;
        const [country] = orgUnitId
          ? await ctx.db.select().from(core.orgUnits).where(eq(core.orgUnits.id, orgUnitId))
          : [null];
        if (orgUnitId && country?.kind !== 'country')
          throw ValidationError.field('orgUnitId', 'cm-network:validation.targetCountry');
        const target = { metric: metric.key, value: args.value, orgUnitId };
        await ctx.db.transaction(async (tx) => {
          await tx
            .delete(cmTargets)
            .where(
              and(
                eq(cmTargets.metric, metric.key),
                orgUnitId ? eq(cmTargets.orgUnitId, orgUnitId) : isNull(cmTargets.orgUnitId),
              ),
            );
          await tx.insert(cmTargets).values({ ...target, setBy: actorId });
          await audit(tx, actorId, 'cm-network.target-set', 'org_unit', orgUnitId, target);
        });
        return { ...target, orgUnit: country ?? null };
      },
    }),
  );
}
