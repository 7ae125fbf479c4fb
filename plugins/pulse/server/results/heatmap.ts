import type { Db } from '@levain/db';
import { ValidationError } from '@levain/server/plugin';
import { cycleLength } from '../campaigns/rotation';
import type { Campaign } from '../campaigns/store';
import { type DimensionKey, dimensionKeys } from '../library/dimensions';
import type { OrgChart, Unit } from '../org-chart';
import type { ReadableUnits } from '../permissions';
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
  /** Units just below (the view can go down into them). */
  childCount: number;
  cells: HeatmapCell[];
};
export type Heatmap = {
  campaign: Campaign;
  period: ClosedPeriod | null;
  dimensions: DimensionKey[];
  rows: HeatmapRow[];
  /** The units from the top of the chart down to the view's first row (to go back up). */
  path: Unit[];
};

/**
 * The units a heatmap shows: a unit and `depth` levels below it (of those the viewer may read),
 * or every readable unit. A company of 20,000 people has some 1,700 units: people read them a
 * level at a time, and the page stays fast.
 */
export function viewUnits(
  chart: OrgChart,
  readable: ReadableUnits,
  view: { rootId: string | null; depth: number | null },
): ReadonlySet<string> {
  if (!view.rootId) return readable.ids ?? new Set(chart.units.map((u) => u.id));
  const top = chart.depthOf(view.rootId);
  const inView = [...chart.subtree(view.rootId)].filter(
    (id) => readable.has(id) && (view.depth === null || chart.depthOf(id) - top <= view.depth),
  );
  return new Set(inView);
}

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
  readable: ReadableUnits,
  options: { period?: number | null; filterKey: string; rootId?: string | null; depth?: number | null },
): Promise<Heatmap> {
  const { periods, at } = await resultsPeriod(db, campaign, options.period);
  const dimensions = dimensionsOf(campaign);
  const path = options.rootId ? chart.pathOf(options.rootId).map((id) => chart.byId.get(id)!) : [];
  if (!at) return { campaign, period: null, dimensions, rows: [], path };
  const shown = viewUnits(chart, readable, { rootId: options.rootId ?? null, depth: options.depth ?? null });
  const window = snapshotWindow(periods, at.index, cycleLength(campaign.questions, campaign.pulseSize));
  const everyone = shown.size >= chart.units.length;
  const rows = indexRows(
    await loadGroupRows(
      db,
      campaign.id,
      window.map((p) => p.index),
      options.filterKey,
      everyone ? undefined : [...shown],
    ),
  );
  return {
    campaign,
    period: at,
    dimensions,
    path,
    rows: chart.ordered(shown).map((unit) => {
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
        childCount: chart.childrenOf(unit.id).length,
        cells,
      };
    }),
  };
}
