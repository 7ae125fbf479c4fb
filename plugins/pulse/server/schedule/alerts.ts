import type { Tx } from '@levain/db';
import { pulseAlerts, type pulseCampaigns } from '../../db/schema';
import { cycleLength } from '../campaigns/rotation';
import { gollacDimensions } from '../library/dimensions';
import { closedPeriods, indexRows, loadGroupRows } from '../results/read';
import { dimensionCell, groupRisk, snapshotWindow } from '../results/snapshot';
import type { PulseSettings } from '../settings';

export type NewAlert = typeof pulseAlerts.$inferInsert & { campaignTitle: string };
type Kind = 'threshold' | 'rise' | 'fall';

/**
 * The alert a group's workload-risk index deserves, if any: it crossed the threshold, or it moved
 * by the configured number of points over enough answers to mean something.
 */
export function alertKind(
  current: { riskIndex: number; responseCount: number },
  previous: number | null,
  settings: Pick<PulseSettings, 'riskThreshold' | 'riskMovePoints' | 'riskMoveMinResponses'>,
): Kind | null {
  if (current.riskIndex >= settings.riskThreshold && (previous === null || previous < settings.riskThreshold))
    return 'threshold';
  if (previous === null || current.responseCount < settings.riskMoveMinResponses) return null;
  const move = current.riskIndex - previous;
  if (move >= settings.riskMovePoints) return 'rise';
  return -move >= settings.riskMovePoints ? 'fall' : null;
}

/** Compares each shown group's risk index after a pulse with the one after the previous pulse. */
export async function raiseAlerts(
  tx: Tx,
  campaign: typeof pulseCampaigns.$inferSelect,
  period: number,
  settings: PulseSettings,
  now: Date,
): Promise<NewAlert[]> {
  const periods = await closedPeriods(tx, campaign.id);
  const cycle = cycleLength(campaign.questions, campaign.pulseSize);
  const current = snapshotWindow(periods, period, cycle);
  const earlier = periods.filter((p) => p.index < period).at(-1);
  const previous = earlier ? snapshotWindow(periods, earlier.index, cycle) : [];
  const indexes = [...new Set([...current, ...previous].map((p) => p.index))];
  const rows = await loadGroupRows(tx, campaign.id, indexes, '');
  const byKey = indexRows(rows);
  const riskAt = (window: typeof current, unitId: string) =>
    groupRisk(
      new Map(gollacDimensions.map((d) => [d, dimensionCell(campaign.questions, window, byKey, unitId, d)])),
    );

  const alerts: NewAlert[] = [];
  for (const row of rows.filter((r) => r.period === period && !r.hiddenReason)) {
    const risk = riskAt(current, row.unitId);
    if (!risk) continue;
    const before = previous.length ? (riskAt(previous, row.unitId)?.riskIndex ?? null) : null;
    const kind = alertKind(risk, before, settings);
    if (!kind) continue;
    alerts.push({
      campaignId: campaign.id,
      campaignTitle: campaign.title,
      period,
      orgUnitId: row.unitId,
      kind,
      riskIndex: risk.riskIndex,
      previous: before,
      responseCount: risk.responseCount,
      createdAt: now,
    });
  }
  if (alerts.length)
    await tx.insert(pulseAlerts).values(alerts.map(({ campaignTitle: _t, ...alert }) => alert));
  return alerts;
}
