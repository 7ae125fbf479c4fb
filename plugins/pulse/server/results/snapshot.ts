import type { DimensionKey } from '../library/dimensions';
import { gollacDimensions } from '../library/dimensions';
import type { PulseQuestion } from '../library/questions';
import type { ClosedPeriod, GroupRow } from './read';
import { rowKey } from './read';
import type { HiddenReason } from './release';
import { dimensionScore, type Estimate, riskIndex } from './statistics';

/** A dimension in one group, from the latest pulse that asked it. */
export type DimensionCell = {
  dimension: DimensionKey;
  period: number;
  responseCount: number | null;
  score: Estimate | null;
  hiddenReason: HiddenReason | null;
};

/**
 * Pulses rotate their questions, so a dimension's latest result may come from an earlier pulse:
 * the picture "at" a pulse is the last `cycle` closed pulses up to it, newest first.
 */
export function snapshotWindow(periods: readonly ClosedPeriod[], at: number, cycle: number): ClosedPeriod[] {
  return periods
    .filter((p) => p.index <= at)
    .slice(-cycle)
    .reverse();
}

export function dimensionCell(
  questions: readonly PulseQuestion[],
  window: readonly ClosedPeriod[],
  rows: ReadonlyMap<string, GroupRow>,
  unitId: string,
  dimension: DimensionKey,
): DimensionCell | null {
  for (const period of window) {
    const asked = questions.filter((q) => q.dimension === dimension && period.questionIds.includes(q.id));
    if (!asked.length) continue;
    const row = rows.get(rowKey(period.index, unitId));
    if (!row?.histograms || row.hiddenReason) {
      const hiddenReason = row?.hiddenReason ?? 'TOO_FEW_ANSWERS';
      return { dimension, period: period.index, responseCount: null, score: null, hiddenReason };
    }
    const histograms = row.histograms;
    const score = dimensionScore(
      asked.map((question) => ({ question, histogram: histograms[question.id] ?? [] })),
    );
    return { dimension, period: period.index, responseCount: row.responseCount, score, hiddenReason: null };
  }
  return null;
}

/** The workload-risk index of a group from its Gollac dimensions, and the fewest answers it rests on. */
export function groupRisk(cells: ReadonlyMap<DimensionKey, DimensionCell | null>) {
  const used = gollacDimensions.map((d) => cells.get(d)).filter((c): c is DimensionCell => !!c?.score);
  const index = riskIndex(used.map((c) => c.score!.value));
  return index === null
    ? null
    : { riskIndex: index, responseCount: Math.min(...used.map((c) => c.responseCount ?? 0)) };
}
