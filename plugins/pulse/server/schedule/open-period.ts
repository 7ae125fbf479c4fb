import type { Db, Tx } from '@levain/db';
import { deliveryTime } from '@levain/server/plugin';
import { and, eq, gt, lte } from 'drizzle-orm';
import { pulseCampaigns, pulsePeriods } from '../../db/schema';
import { audienceMembers } from '../campaigns/audience';
import { type PeriodTiming, periodsOpenedBy } from '../campaigns/cadence';
import { rotate } from '../campaigns/rotation';
import { timingOf } from '../campaigns/store';
import { loadOrgChart } from '../org-chart';
import { insertInvitations } from './invitations';

type CampaignRow = typeof pulseCampaigns.$inferSelect;

/**
 * Opens a pulse: fixes its questions (rotation) and asks everyone in the audience now, each
 * person's invitation due at the start of their next working period (deliveryTime).
 */
export async function openPeriod(
  tx: Tx,
  campaign: CampaignRow,
  period: PeriodTiming,
  now: Date,
): Promise<number> {
  const questionIds = rotate(campaign.questions, campaign.pulseSize, period.index).map((q) => q.id);
  const [created] = await tx
    .insert(pulsePeriods)
    .values({
      campaignId: campaign.id,
      index: period.index,
      opensAt: period.opensAt,
      closesAt: period.closesAt,
      questionIds,
    })
    .onConflictDoNothing()
    .returning({ index: pulsePeriods.index });
  if (!created) return 0;
  const chart = await loadOrgChart(tx);
  const members = await audienceMembers(tx, campaign.audience, chart);
  const from = period.opensAt > now ? period.opensAt : now;
  await insertInvitations(
    tx,
    campaign.id,
    period.index,
    members.map((m) => ({
      userId: m.id,
      orgUnitId: m.orgUnitId,
      deliverAt: deliveryTime(from, m.timeZone, m.workingHours),
    })),
  );
  return members.length;
}

/** Opens the current pulse of every running campaign that has not opened it yet. */
export async function openDuePeriods(db: Db, now: Date): Promise<number> {
  const running = await db
    .select()
    .from(pulseCampaigns)
    .where(and(lte(pulseCampaigns.opensAt, now), gt(pulseCampaigns.closesAt, now)));
  let opened = 0;
  for (const campaign of running) {
    const current = periodsOpenedBy(timingOf(campaign), now).at(-1);
    if (!current || current.closesAt <= now) continue;
    const known = await db
      .select({ index: pulsePeriods.index })
      .from(pulsePeriods)
      .where(and(eq(pulsePeriods.campaignId, campaign.id), eq(pulsePeriods.index, current.index)));
    if (known.length) continue;
    await db.transaction((tx) => openPeriod(tx, campaign, current, now));
    opened += 1;
  }
  return opened;
}
