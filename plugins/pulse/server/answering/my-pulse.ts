import type { Db } from '@levain/db';
import { and, asc, eq, lte } from 'drizzle-orm';
import { pulseInvitations, pulsePeriods } from '../../db/schema';
import { openAt } from '../campaigns/periods';
import { type Campaign, loadCampaign } from '../campaigns/store';
import type { PulseQuestion } from '../library/questions';

/** A pulse waiting for the viewer's answer. */
export type OpenPulse = { campaign: Campaign; period: number; closesAt: Date; questions: PulseQuestion[] };

/**
 * The viewer's open pulse: asked, not answered, still open, and due to reach them (its delivery
 * waits for their working hours). The one closing first when several are open.
 */
export async function myOpenPulse(db: Db, userId: string, now: Date): Promise<OpenPulse | null> {
  const [open] = await db
    .select({
      campaignId: pulsePeriods.campaignId,
      period: pulsePeriods.index,
      closesAt: pulsePeriods.closesAt,
      questionIds: pulsePeriods.questionIds,
    })
    .from(pulseInvitations)
    .innerJoin(
      pulsePeriods,
      and(
        eq(pulsePeriods.campaignId, pulseInvitations.campaignId),
        eq(pulsePeriods.index, pulseInvitations.period),
      ),
    )
    .where(
      and(
        eq(pulseInvitations.userId, userId),
        eq(pulseInvitations.answered, false),
        lte(pulseInvitations.deliverAt, now),
        openAt(now),
      ),
    )
    .orderBy(asc(pulsePeriods.closesAt))
    .limit(1);
  if (!open) return null;
  const campaign = await loadCampaign(db, open.campaignId);
  if (!campaign) return null;
  return {
    campaign,
    period: open.period,
    closesAt: open.closesAt,
    questions: questionsOf(campaign, open.questionIds),
  };
}

/** The campaign's questions asked in a pulse, in the pulse's order. */
export function questionsOf(campaign: Pick<Campaign, 'questions'>, ids: readonly string[]): PulseQuestion[] {
  const byId = new Map(campaign.questions.map((q) => [q.id, q]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
