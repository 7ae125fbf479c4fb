import type { Db } from '@levain/db';
import { and, eq } from 'drizzle-orm';
import { pulseInvitations } from '../../db/schema';
import { openPeriodOf } from '../campaigns/periods';
import type { OrgChart } from '../org-chart';
import { decideRelease, groupKey, type HiddenReason } from './release';

export type ResponseRate = {
  period: number;
  responseCount: number | null;
  invitedCount: number;
  hiddenReason: HiddenReason | null;
};

/**
 * How many people answered the open pulse so far in a unit (and below), shown under the same
 * rules as answers: at least the minimum, and never a count that, subtracted from another, would
 * single out whether a few people answered.
 */
export async function liveResponseRate(
  db: Db,
  chart: OrgChart,
  campaign: { id: string; minGroupSize: number },
  unitId: string,
  now: Date,
): Promise<ResponseRate | null> {
  const open = await openPeriodOf(db, campaign.id, now);
  if (!open) return null;
  const invitations = await db
    .select({ orgUnitId: pulseInvitations.orgUnitId, answered: pulseInvitations.answered })
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.campaignId, campaign.id), eq(pulseInvitations.period, open.index)));
  const segments = { tenure: 'lt1' as const, manager: false };
  const inUnit = invitations.map((i) => ({
    path: chart.pathOf(i.orgUnitId),
    segments,
    answered: i.answered,
  }));
  const answered = inUnit.filter((i) => i.answered);
  const verdict = decideRelease(chart.units, answered, campaign.minGroupSize, [{}]).get(groupKey(unitId, ''));
  const hiddenReason = verdict ? verdict.hiddenReason : 'TOO_FEW_ANSWERS';
  return {
    period: open.index,
    responseCount: hiddenReason ? null : verdict!.count,
    invitedCount: inUnit.filter((i) => i.path.includes(unitId)).length,
    hiddenReason,
  };
}
