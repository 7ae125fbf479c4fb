import { NotFoundError, type PluginSchema } from '@levain/server/plugin';
import { actionPlansOf } from '../actions';
import { loadCampaign } from '../campaigns/store';
import { dimensions } from '../library/dimensions';
import { answerLabels } from '../library/labels';
import { valueRange } from '../library/questions';
import {
  buildGroupResult,
  commentsOf,
  type Driver,
  type GroupResultView,
  type QuestionResult,
  type TrendPoint,
} from '../results/group-result';
import { filterKey, type GroupFilter } from '../results/segments';
import type { DimensionCell } from '../results/snapshot';
import type { ActionPlanRef } from './actions';
import type { CampaignRefs } from './campaigns';
import { asOrgUnit, chartOf, unitToRead } from './context';
import type { SharedTypes } from './types';

/** The filters HR may cut results by, besides the org unit. */
export function filterTypes({ builder }: PluginSchema) {
  const TenureBand = builder.enumType('PulseTenureBand', {
    values: {
      LESS_THAN_ONE_YEAR: { value: 'lt1' },
      ONE_TO_THREE_YEARS: { value: '1to3' },
      MORE_THAN_THREE_YEARS: { value: 'gt3' },
    } as const,
  });
  const Filters = builder.inputType('PulseFilters', {
    description: 'Cross-cuts of an org unit: shown only where the anonymity rules allow, like every group.',
    fields: (t) => ({
      tenure: t.field({ type: TenureBand }),
      manager: t.boolean({ description: 'People who manage others (true) or not (false).' }),
    }),
  });
  return { Filters };
}

export const keyOf = (filters: GroupFilter | null | undefined) => filterKey(filters ?? {});

type ResultView = GroupResultView & { unit: Awaited<ReturnType<typeof chartOf>>['units'][number] };

/** One group's results: the query HR and managers ask most. */
export function resultsSchema(
  schema: PluginSchema,
  types: SharedTypes,
  { PulseCampaign, PulsePeriod }: CampaignRefs,
  { Filters }: ReturnType<typeof filterTypes>,
  ActionPlan: ActionPlanRef,
) {
  const { builder, queryField, core } = schema;
  const Bucket = builder.objectRef<{ value: number; label: string; count: number }>('PulseBucket').implement({
    fields: (t) => ({
      value: t.exposeInt('value'),
      label: t.exposeString('label'),
      count: t.exposeInt('count'),
    }),
  });
  const QuestionResultRef = builder.objectRef<QuestionResult>('PulseQuestionResult').implement({
    fields: (t) => ({
      question: t.field({ type: types.PulseQuestion, resolve: (r) => r.question }),
      period: t.exposeInt('period', { description: 'The pulse that last asked it.' }),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (r) => r.hiddenReason }),
      mean: t.field({ type: types.PulseEstimate, nullable: true, resolve: (r) => r.mean }),
      favourable: t.field({
        type: types.PulseEstimate,
        nullable: true,
        description: 'Percent of favourable answers.',
        resolve: (r) => r.favourable,
      }),
      enps: t.field({ type: types.PulseEstimate, nullable: true, resolve: (r) => r.enps }),
      distribution: t.field({
        type: [Bucket],
        nullable: true,
        resolve: (r, _a, ctx) => {
          if (!r.histogram) return null;
          const labels = answerLabels(r.question, ctx.locale);
          const [min] = valueRange(r.question);
          return r.histogram.map((count, i) => ({
            value: min + i,
            label: labels[i] ?? String(min + i),
            count,
          }));
        },
      }),
    }),
  });
  const DimensionResult = builder.objectRef<DimensionCell>('PulseDimensionResult').implement({
    fields: (t) => ({
      dimension: t.field({ type: types.PulseDimension, resolve: (c) => dimensions[c.dimension] }),
      period: t.exposeInt('period'),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      score: t.float({
        nullable: true,
        description: 'Percent favourable (eNPS for eNPS).',
        resolve: (c) => c.score?.value ?? null,
      }),
      low: t.float({ nullable: true, resolve: (c) => c.score?.low ?? null }),
      high: t.float({ nullable: true, resolve: (c) => c.score?.high ?? null }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (c) => c.hiddenReason }),
    }),
  });
  const Point = builder.objectRef<TrendPoint>('PulseTrendPoint').implement({
    fields: (t) => ({
      period: t.field({ type: PulsePeriod, resolve: (p) => ({ ...p.period, closed: true }) }),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      score: t.float({ nullable: true, resolve: (p) => p.score?.value ?? null }),
      low: t.float({ nullable: true, resolve: (p) => p.score?.low ?? null }),
      high: t.float({ nullable: true, resolve: (p) => p.score?.high ?? null }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (p) => p.hiddenReason }),
    }),
  });
  const Trend = builder.objectRef<GroupResultView['trends'][number]>('PulseTrend').implement({
    fields: (t) => ({
      dimension: t.field({ type: types.PulseDimension, resolve: (tr) => dimensions[tr.dimension] }),
      points: t.field({ type: [Point], resolve: (tr) => tr.points }),
    }),
  });
  const DriverRef = builder.objectRef<Driver>('PulseDriver').implement({
    description:
      'How strongly an item moves with engagement (eNPS) in a group of 20 or more: Pearson correlation.',
    fields: (t) => ({
      question: t.field({ type: types.PulseQuestion, resolve: (d) => d.question }),
      correlation: t.exposeFloat('correlation'),
      responseCount: t.exposeInt('responseCount'),
    }),
  });

  const PulseResult = builder.objectRef<ResultView>('PulseResult').implement({
    description: 'A group’s results at a pulse: shown only where the anonymity rules allow.',
    fields: (t) => ({
      campaign: t.field({ type: PulseCampaign, resolve: (r) => r.campaign }),
      period: t.field({
        type: PulsePeriod,
        nullable: true,
        resolve: (r) => r.period && { ...r.period, closed: true },
      }),
      orgUnit: t.field({ type: core.OrgUnit, resolve: (r) => asOrgUnit(r.unit) }),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      invitedCount: t.exposeInt('invitedCount', { nullable: true }),
      responseRate: t.float({
        nullable: true,
        resolve: (r) =>
          r.responseCount && r.invitedCount
            ? Math.round((r.responseCount / r.invitedCount) * 1000) / 10
            : null,
      }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (r) => r.hiddenReason }),
      enps: t.field({
        type: types.PulseEstimate,
        nullable: true,
        resolve: (r) => r.dimensions.find((d) => d.dimension === 'enps')?.score ?? null,
      }),
      riskIndex: t.exposeInt('riskIndex', {
        nullable: true,
        description: 'Workload risk, 0–100, from the Gollac dimensions.',
      }),
      dimensions: t.field({ type: [DimensionResult], resolve: (r) => r.dimensions }),
      questions: t.field({ type: [QuestionResultRef], resolve: (r) => r.questions }),
      trends: t.field({ type: [Trend], resolve: (r) => r.trends }),
      drivers: t.field({ type: [DriverRef], resolve: (r) => r.drivers }),
      comments: t.stringList({
        description: 'Free-text comments, for groups of ten or more only, in random order.',
        resolve: (r, _a, ctx) =>
          r.commentsVisible && r.period ? commentsOf(ctx.db, r.campaign.id, r.period.index, r.unitId) : [],
      }),
      actionPlans: t.field({
        type: [ActionPlan],
        resolve: (r, _a, ctx) => actionPlansOf(ctx.db, [r.unitId], 20),
      }),
    }),
  });

  queryField('pulseResults', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: PulseResult,
      description:
        'A group’s results (HR: any org unit; a manager: their unit and below), at the latest closed pulse unless one is given. Employees get NotAllowedError.',
      args: {
        campaignId: t.arg.id({ required: true }),
        orgUnitId: t.arg.globalID({ for: core.OrgUnit }),
        filters: t.arg({ type: Filters }),
        period: t.arg.int(),
      },
      resolve: async (_root, args, ctx) => {
        const unitId = await unitToRead(ctx, args.orgUnitId?.id);
        const chart = await chartOf(ctx);
        const campaign = await loadCampaign(ctx.db, String(args.campaignId));
        if (!campaign) throw new NotFoundError();
        const view = await buildGroupResult(ctx.db, campaign, unitId, keyOf(args.filters), args.period);
        return { ...view, unit: chart.byId.get(unitId)! };
      },
    }),
  );
}
