import { type Db, queryRows } from '@levain/db';
import { type PluginServices, workingTimeSql } from '@levain/server/plugin';
import { sql } from 'drizzle-orm';
import { intArray, uuidArray } from '../sql-arrays';

const BATCH = 2_000;

type Due = {
  campaignId: string;
  period: number;
  userId: string;
  title: string;
  delivered: boolean;
  remindersDue: number;
};

/**
 * Invitations to deliver or remind now: the pulse is open, the person has not answered, and it is
 * working time for them (their time zone, their working hours). A reminder is due for each of the
 * campaign's reminder days passed since the invitation reached them.
 */
async function dueNow(db: Db, now: Date): Promise<Due[]> {
  const reminderAt = sql`p.opens_at + make_interval(days => d::int)`;
  return queryRows<Due>(
    db,
    sql`select * from (
        select i.campaign_id as "campaignId", i.period, i.user_id as "userId", c.title,
          i.delivered_at is not null as delivered, i.reminders_sent as "remindersSent",
          (select count(*)::int from unnest(c.reminder_days) d
            where ${reminderAt} <= ${now} and ${reminderAt} > i.delivered_at) as "remindersDue"
        from pulse_invitations i
        join pulse_periods p on p.campaign_id = i.campaign_id and p.index = i.period
        join pulse_campaigns c on c.id = i.campaign_id
        join users u on u.id = i.user_id
        where not i.answered and p.closed_at is null and p.opens_at <= ${now} and p.closes_at > ${now}
          and i.deliver_at <= ${now} and u.status = 'active'
          and ${workingTimeSql(sql`${now}::timestamptz`, sql`u.time_zone`, sql`u.working_hours`)}
      ) due
      where not delivered or "remindersDue" > "remindersSent"
      limit ${BATCH}`,
  );
}

/**
 * Delivers pulses (a notification, which also emails) and reminders, only inside each person's
 * working hours; a person who answered is never reminded. Returns how many people were told.
 */
export async function deliverAndRemind(services: Pick<PluginServices, 'db' | 'notifications'>, now: Date) {
  const due = await dueNow(services.db, now);
  const batches = new Map<string, Due[]>();
  for (const row of due) {
    const key = `${row.campaignId}|${row.period}|${row.delivered ? 'reminder' : 'open'}`;
    batches.set(key, [...(batches.get(key) ?? []), row]);
  }
  let told = 0;
  for (const rows of batches.values()) {
    const { campaignId, period, title, delivered } = rows[0]!;
    told += await services.notifications.send(
      {
        userIds: rows.map((r) => r.userId),
        message: delivered ? 'notification.pulseReminder' : 'notification.pulseOpen',
        params: { title },
        link: '/pulse',
        groupKey: `pulse:${campaignId}:${period}`,
      },
      now,
    );
    const userIds = rows.map((r) => r.userId);
    await services.db.execute(
      delivered
        ? sql`update pulse_invitations i set reminders_sent = d.due
            from (select unnest(${uuidArray(userIds)}) as user_id, unnest(${intArray(rows.map((r) => r.remindersDue))}) as due) d
            where i.campaign_id = ${campaignId} and i.period = ${period} and i.user_id = d.user_id`
        : sql`update pulse_invitations set delivered_at = ${now}
            where campaign_id = ${campaignId} and period = ${period} and user_id = any(${uuidArray(userIds)})`,
    );
  }
  return told;
}
