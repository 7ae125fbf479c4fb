import { schema as core } from '@levain/db';
import type { PluginServices } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { cmWorkloadNotices } from '../../db/schema';
import { type Month, monthOf, previousMonth } from '../board/month';
import { loadOrgChart } from '../network/org-chart';
import { loadPositions } from '../network/positions';
import { measureWorkload } from './measure';

/**
 * Once a month is over: for each part-time CM whose CM work clearly exceeded their declared share
 * or happened mostly outside their working hours, a private notice to them and an alert to the
 * chief CMs, once per person and month (re-running sends nothing more).
 */
export async function sendWorkloadNotices(
  services: PluginServices,
  now: Date,
  month: Month = previousMonth(monthOf(now)),
) {
  const { db } = services;
  const [chart, communities, positions, chiefs] = await Promise.all([
    loadOrgChart(db),
    services.communities.directory(),
    loadPositions(db),
    db
      .select({ id: core.users.id })
      .from(core.userRoles)
      .innerJoin(core.users, and(eq(core.users.id, core.userRoles.userId), eq(core.users.status, 'active')))
      .where(eq(core.userRoles.role, 'chief_cm')),
  ]);
  const lines = await measureWorkload(services, { chart, communities }, positions, month);
  let sent = 0;
  for (const line of lines.filter((l) => l.alerts.length)) {
    const [fresh] = await db
      .insert(cmWorkloadNotices)
      .values({ userId: line.person.id, month: month.key })
      .onConflictDoNothing()
      .returning();
    if (!fresh) continue;
    const params = { month: month.key, name: line.person.name };
    const link = `/cm-network/workload?month=${month.key}`;
    await services.notifications.send(
      {
        userIds: [line.person.id],
        message: 'notification.workloadNotice',
        params,
        link: '/cm-network/reports',
      },
      now,
    );
    await services.notifications.send(
      {
        userIds: chiefs.map((c) => c.id).filter((id) => id !== line.person.id),
        message: 'notification.workloadAlert',
        params,
        link,
      },
      now,
    );
    sent++;
  }
  return sent;
}
