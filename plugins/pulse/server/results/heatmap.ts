import type { Db } from '@levain/db';
import { ValidationError } from '@levain/server/plugin';
import { cycleLength } from '../campaigns/rotation';
import type { Campaign } from '../campaigns/store';
import { type DimensionKey, dimensionKeys } from '../library/dimensions';
import type { OrgChart, Unit } from '../org-chart';
import { type ClosedPeriod, closedPeriods, indexRows, loadGroupRows, rowKey } from './read';
import type { HiddenReason } from './release';
import { type DimensionCell, dimensionCell, groupRisk, snapshotWindow } from './snapshot';

export type HeatmapCell = { unit: Unit; dimension: DimensionKey; cell: DimensionCell | null };
export type HeatmapRow = {
  unit: Unit;
  depth: number;
  responseCount: number | null;
  hiddenReason: HiddenReason | null;
  riskIndex: number | null;
  cells: HeatmapCell[];
};
export type Heatmap = {
  campaign: Campaign;
  period: ClosedPeriod | null;
  dimensions: DimensionKey[];
  rows: HeatmapRow[];
};

/** The dimensions a campaign asks, in the library's order. */
export const dimensionsOf = (campaign: Pick<Campaign, 'questions'>): DimensionKey[] =>
  dimensionKeys.filter((d) => campaign.questions.some((q) => q.dimension === d));

/** The closed pulse results are read at: the one asked for, else the latest. */
export async function resultsPeriod(db: Db, campaign: Campaign, period: number | null | undefined) {
  const periods = await closedPeriods(db, campaign.id);
  if (period == null) return { periods, at: periods.at(-1) ?? null };
  const at = periods.find((p) => p.index === period);
  if (!at) throw ValidationError.field('period', 'pulse:results.periodNotClosed');
  return { periods, at };
}

/**
 * Org units × dimensions at a pulse, for the units the viewer may read: each cell from the latest
 * pulse that asked the dimension, hidden (with its reason) where the anonymity rules say so.
 */
export async function buildHeatmap(
  db: Db,
  campaign: Campaign,
  chart: OrgChart,
  readable: ReadonlySet<string>,
  options: { period?: number | null; filterKey: string },
): Promise<Heatmap> {
  const { periods, at } = await resultsPeriod(db, campaign, options.period);
  const dimensions = dimensionsOf(campaign);
  if (!at) return { campaign, period: null, dimensions, rows: [] };
  const window = snapshotWindow(periods, at.index, cycleLength(campaign.questions, campaign.pulseSize));
  const everyone = readable.size >= chart.units.length;
  const rows = indexRows(
    await loadGroupRows(
      db,
      campaign.id,
      window.map((p) => p.index),
      options.filterKey,
      everyone ? undefined : [...readable],
    ),
  );
  return {
    campaign,
    period: at,
    dimensions,
    rows: chart.ordered(readable).map((unit) => {
      const group = rows.get(rowKey(at.index, unit.id));
      const cells = dimensions.map((dimension) => ({
        unit,
        dimension,
        cell: dimensionCell(campaign.questions, window, rows, unit.id, dimension),
      }));
      const risk = groupRisk(new Map(cells.map((c) => [c.dimension, c.cell])));
      return {
        unit,
        depth: chart.depthOf(unit.id),
        responseCount: group?.hiddenReason ? null : (group?.responseCount ?? null),
        hiddenReason: group ? group.hiddenReason : 'TOO_FEW_ANSWERS',
        riskIndex: risk?.riskIndex ?? null,
        cells,
      };
    }),
  };
}
