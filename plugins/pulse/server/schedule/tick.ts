import { schema as core, type Db } from '@levain/db';
import type { PluginServices } from '@levain/server/plugin';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { pulsePendingAnswers, pulsePeriods } from '../../db/schema';
import type { NewAlert } from './alerts';
import { closeDuePeriods } from './close-period';
import { deliverAndRemind } from './deliver';
import { openDuePeriods } from './open-period';
import { releasePendingAnswers } from './release-answers';

/** Waiting answers of an open pulse are shuffled in by batches of this many, then at its close. */
const RELEASE_BATCH = 50;

async function releaseFullBatches(db: Db, now: Date): Promise<void> {
  const full = await db
    .select({ campaignId: pulsePendingAnswers.campaignId, period: pulsePendingAnswers.period })
    .from(pulsePendingAnswers)
    .innerJoin(
      pulsePeriods,
      and(
        eq(pulsePeriods.campaignId, pulsePendingAnswers.campaignId),
        eq(pulsePeriods.index, pulsePendingAnswers.period),
      ),
    )
    .where(and(isNull(pulsePeriods.closedAt), gt(pulsePeriods.closesAt, now)))
    .groupBy(pulsePendingAnswers.campaignId, pulsePendingAnswers.period)
    .having(sql`count(*) >= ${RELEASE_BATCH}`);
  for (const { campaignId, period } of full)
    await db.transaction((tx) => releasePendingAnswers(tx, campaignId, period));
}

/** Tells HR about new workload-risk alerts (the email waits for their working hours). */
async function tellHr(services: Pick<PluginServices, 'db' | 'notifications'>, alerts: NewAlert[], now: Date) {
  if (!alerts.length) return;
  const hr = await services.db
    .select({ id: core.userRoles.userId })
    .from(core.userRoles)
    .where(eq(core.userRoles.role, 'hr'));
  const titles = [...new Set(alerts.map((a) => a.campaignTitle))];
  await services.notifications.send(
    {
      userIds: hr.map((h) => h.id),
      message: 'notification.riskAlerts',
      params: { count: alerts.length, title: titles.join(', ') },
      link: '/pulse/alerts',
      groupKey: 'pulse:alerts',
    },
    now,
  );
}

/**
 * The campaign clock, run every few minutes by the job worker (one replica at a time): open the
 * pulses that are due, shuffle in full batches of answers, close the pulses whose time is up
 * (results and alerts), then deliver and remind inside each person's working hours.
 */
export async function runSchedule(services: Pick<PluginServices, 'db' | 'notifications'>, now: Date) {
  const opened = await openDuePeriods(services.db, now);
  await releaseFullBatches(services.db, now);
  const { closed, alerts } = await closeDuePeriods(services.db, now);
  await tellHr(services, alerts, now);
  const told = await deliverAndRemind(services, now);
  return { opened, closed, alerts: alerts.length, told };
}
