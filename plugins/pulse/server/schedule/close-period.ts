import type { Db, Tx } from '@levain/db';
import { insertMany } from '@levain/server/plugin';
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { pulseCampaigns, pulseInvitations, pulsePeriods, pulseResponses } from '../../db/schema';
import { questionsOf } from '../answering/my-pulse';
import { loadOrgChart, type OrgChart } from '../org-chart';
import { aggregatePeriod, type Submission } from '../results/aggregate';
import type { TenureBand } from '../results/segments';
import { loadSettings } from '../settings';
import { type NewAlert, raiseAlerts } from './alerts';
import { releasePendingAnswers } from './release-answers';

type CampaignRow = typeof pulseCampaigns.$inferSelect;
/** Groups of this size or more get driver analysis (correlations with engagement). */
export const DRIVER_MINIMUM = 20;

async function submissionsOf(tx: Tx, campaignId: string, period: number): Promise<Submission[]> {
  const rows = await tx
    .select()
    .from(pulseResponses)
    .where(and(eq(pulseResponses.campaignId, campaignId), eq(pulseResponses.period, period)));
  const bySubmission = new Map<
    string,
    { path: string[]; segments: Submission['segments']; answers: Map<string, number> }
  >();
  for (const row of rows) {
    let submission = bySubmission.get(row.submissionId);
    if (!submission) {
      submission = {
        path: row.orgPath,
        segments: { tenure: row.tenure as TenureBand, manager: row.manager },
        answers: new Map(),
      };
      bySubmission.set(row.submissionId, submission);
    }
    submission.answers.set(row.questionId, row.value);
  }
  return [...bySubmission.values()];
}

/** People asked per unit and below (response rates), from the participation record. */
async function invitedPerUnit(tx: Tx, chart: OrgChart, campaignId: string, period: number) {
  const rows = await tx
    .select({ orgUnitId: pulseInvitations.orgUnitId, count: sql<number>`count(*)::int` })
    .from(pulseInvitations)
    .where(and(eq(pulseInvitations.campaignId, campaignId), eq(pulseInvitations.period, period)))
    .groupBy(pulseInvitations.orgUnitId);
  const invited = new Map<string, number>();
  for (const row of rows)
    for (const unitId of chart.pathOf(row.orgUnitId))
      invited.set(unitId, (invited.get(unitId) ?? 0) + row.count);
  return invited;
}

/**
 * Closes a pulse: shuffles its last answers in, computes once everything any query may show
 * under the anonymity rules (pulse_group_results), raises workload-risk alerts. Nothing reads the
 * answers after this; results of a pulse never change once shown, so nobody can watch one
 * person's answer arrive by asking before and after.
 */
export async function closePeriod(
  tx: Tx,
  campaign: CampaignRow,
  period: number,
  now: Date,
): Promise<NewAlert[]> {
  const [row] = await tx
    .select()
    .from(pulsePeriods)
    .where(
      and(
        eq(pulsePeriods.campaignId, campaign.id),
        eq(pulsePeriods.index, period),
        isNull(pulsePeriods.closedAt),
      ),
    )
    .for('update', { skipLocked: true });
  if (!row) return [];
  await releasePendingAnswers(tx, campaign.id, period);
  const chart = await loadOrgChart(tx);
  const submissions = await submissionsOf(tx, campaign.id, period);
  const results = aggregatePeriod(chart.units, questionsOf(campaign, row.questionIds), submissions, {
    minimum: campaign.minGroupSize,
    commentMinimum: campaign.commentMinGroupSize,
    driverMinimum: DRIVER_MINIMUM,
  });
  const invited = await invitedPerUnit(tx, chart, campaign.id, period);
  await insertMany(
    tx,
    'pulse_group_results',
    {
      campaign_id: 'uuid',
      period: 'smallint',
      org_unit_id: 'uuid',
      filter_key: 'text',
      response_count: 'int',
      hidden_reason: 'text',
      invited_count: 'int',
      histograms: 'jsonb',
      drivers: 'jsonb',
      comments_visible: 'boolean',
    },
    results.map((r) => ({
      campaign_id: campaign.id,
      period,
      org_unit_id: r.unitId,
      filter_key: r.filterKey,
      response_count: r.responseCount,
      hidden_reason: r.hiddenReason,
      invited_count: r.filterKey === '' && !r.hiddenReason ? (invited.get(r.unitId) ?? 0) : null,
      histograms: r.histograms,
      drivers: r.drivers,
      comments_visible: r.commentsVisible,
    })),
  );
  await tx
    .update(pulsePeriods)
    .set({ closedAt: now })
    .where(and(eq(pulsePeriods.campaignId, campaign.id), eq(pulsePeriods.index, period)));
  return raiseAlerts(tx, campaign, period, await loadSettings(tx), now);
}

/** Closes every pulse whose time is up; returns how many, and the alerts raised. */
export async function closeDuePeriods(db: Db, now: Date): Promise<{ closed: number; alerts: NewAlert[] }> {
  const due = await db
    .select({ campaign: pulseCampaigns, index: pulsePeriods.index })
    .from(pulsePeriods)
    .innerJoin(pulseCampaigns, eq(pulseCampaigns.id, pulsePeriods.campaignId))
    .where(and(isNull(pulsePeriods.closedAt), lte(pulsePeriods.closesAt, now)));
  const alerts: NewAlert[] = [];
  for (const { campaign, index } of due)
    alerts.push(...(await db.transaction((tx) => closePeriod(tx, campaign, index, now))));
  return { closed: due.length, alerts };
}
