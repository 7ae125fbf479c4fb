import { NotFoundError, type PluginSchema } from '@levain/server/plugin';
import { loadCampaign } from '../campaigns/store';
import { dimensions } from '../library/dimensions';
import { heatmapCsv } from '../results/csv';
import { buildHeatmap, type Heatmap, type HeatmapCell, type HeatmapRow } from '../results/heatmap';
import type { CampaignRefs } from './campaigns';
import { asOrgUnit, asOrgUnits, chartOf, requireScope, unitToRead } from './context';
import { type filterTypes, keyOf } from './results';
import type { SharedTypes } from './types';

/** Up to this many units a heatmap shows them all at once; beyond, two levels at a time. */
const WHOLE_VIEW_UNITS = 100;

/** The HR dashboard's heatmap (org units × dimensions) and its CSV export. */
export function heatmapSchema(
  schema: PluginSchema,
  types: SharedTypes,
  { PulseCampaign, PulsePeriod }: CampaignRefs,
  { Filters }: ReturnType<typeof filterTypes>,
) {
  const { builder, queryField, core } = schema;
  const Cell = builder.objectRef<HeatmapCell>('PulseHeatmapCell').implement({
    description:
      'One org unit × dimension: hidden (null counts and score, with the reason) where the rules say so.',
    fields: (t) => ({
      orgUnit: t.field({ type: core.OrgUnit, resolve: (c) => asOrgUnit(c.unit) }),
      dimension: t.field({ type: types.PulseDimension, resolve: (c) => dimensions[c.dimension] }),
      period: t.int({
        nullable: true,
        description: 'The pulse that last asked it (null: not asked yet).',
        resolve: (c) => c.cell?.period ?? null,
      }),
      responseCount: t.int({ nullable: true, resolve: (c) => c.cell?.responseCount ?? null }),
      score: t.float({
        nullable: true,
        description: 'Percent favourable (eNPS for eNPS).',
        resolve: (c) => c.cell?.score?.value ?? null,
      }),
      low: t.float({ nullable: true, resolve: (c) => c.cell?.score?.low ?? null }),
      high: t.float({ nullable: true, resolve: (c) => c.cell?.score?.high ?? null }),
      hiddenReason: t.field({
        type: types.HiddenReason,
        nullable: true,
        resolve: (c) => c.cell?.hiddenReason ?? null,
      }),
    }),
  });
  const Row = builder.objectRef<HeatmapRow>('PulseHeatmapRow').implement({
    fields: (t) => ({
      orgUnit: t.field({ type: core.OrgUnit, resolve: (r) => asOrgUnit(r.unit) }),
      depth: t.exposeInt('depth'),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (r) => r.hiddenReason }),
      riskIndex: t.exposeInt('riskIndex', { nullable: true }),
      childCount: t.exposeInt('childCount', { description: 'Units just below, to look into.' }),
      cells: t.field({ type: [Cell], resolve: (r) => r.cells }),
    }),
  });
  const HeatmapRef = builder.objectRef<Heatmap>('PulseHeatmap').implement({
    description: 'Org units × dimensions at a pulse, for the units the viewer may read.',
    fields: (t) => ({
      campaign: t.field({ type: PulseCampaign, resolve: (h) => h.campaign }),
      period: t.field({
        type: PulsePeriod,
        nullable: true,
        resolve: (h) => h.period && { ...h.period, closed: true },
      }),
      dimensions: t.field({
        type: [types.PulseDimension],
        resolve: (h) => h.dimensions.map((d) => dimensions[d]),
      }),
      path: t.field({
        type: [core.OrgUnit],
        description: 'From the top of the chart down to the first row: the way back up.',
        resolve: (h) => asOrgUnits(h.path),
      }),
      rows: t.field({ type: [Row], resolve: (h) => h.rows }),
      cells: t.field({ type: [Cell], resolve: (h) => h.rows.flatMap((r) => r.cells) }),
    }),
  });

  const args = (t: Parameters<Parameters<typeof queryField>[1]>[0]) => ({
    campaignId: t.arg.id({ required: true }),
    period: t.arg.int(),
    filters: t.arg({ type: Filters }),
  });
  type Input = { campaignId: string | number; period?: number | null; filters?: Parameters<typeof keyOf>[0] };
  const heatmapFor = async (
    ctx: Parameters<typeof chartOf>[0],
    input: Input,
    view: { rootId: string | null; depth: number | null },
  ) => {
    const scope = await requireScope(ctx);
    const campaign = await loadCampaign(ctx.db, String(input.campaignId));
    if (!campaign) throw new NotFoundError();
    return buildHeatmap(ctx.db, campaign, await chartOf(ctx), scope, {
      period: input.period,
      filterKey: keyOf(input.filters),
      ...view,
    });
  };

  queryField('pulseHeatmap', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: HeatmapRef,
      description:
        'Org units × dimensions: a unit (by default the top of the viewer’s scope: the organisation for HR, their unit for a manager) and `depth` levels below it (by default all of them up to 100 units, else 2). Employees get NotAllowedError.',
      args: {
        ...args(t),
        orgUnitId: t.arg.globalID({ for: core.OrgUnit }),
        depth: t.arg.int(),
      },
      resolve: async (_root, input, ctx) => {
        const rootId = await unitToRead(ctx, input.orgUnitId?.id);
        const chart = await chartOf(ctx);
        const depth =
          input.depth != null
            ? Math.max(0, Math.min(input.depth, 12))
            : chart.subtree(rootId).size <= WHOLE_VIEW_UNITS
              ? null
              : 2;
        return heatmapFor(ctx, input, { rootId, depth });
      },
    }),
  );

  queryField('pulseResultsCsv', (t) =>
    t.withAuth({ signedIn: true }).string({
      description:
        'Every unit the viewer may read × dimensions, as CSV: exactly what they may see, hidden cells empty with their reason.',
      args: args(t),
      resolve: async (_root, input, ctx) =>
        heatmapCsv(await heatmapFor(ctx, input, { rootId: null, depth: null }), ctx.locale),
    }),
  );
}
