import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { workingTimeSql } from '../notifications/working-hours-sql';

/** One active person's activity over a period: how much, and how much outside their working hours. */
export type WorkingHoursActivity = {
  userId: string;
  orgUnitId: string | null;
  activities: number;
  outsideWorkingHours: number;
};

/**
 * Activity facts for plugins that watch the right to disconnect: per active person, the posts,
 * comments and reactions they made in [from, to) and how many fell outside their working hours or
 * on their rest days (the same rules as notification delivery, in the person's time zone). Only
 * counts leave the core, never the content nor the timestamps.
 */
export async function workingHoursActivity(
  db: Db,
  period: { from: Date; to: Date },
): Promise<WorkingHoursActivity[]> {
  const { from, to } = period;
  const rows = await queryRows<WorkingHoursActivity>(
    db,
    sql`with activity as (
        select author_id as user_id, published_at as at from posts
          where published_at >= ${from} and published_at < ${to} and status = 'published' and deleted_at is null
        union all
        select author_id, created_at from comments
          where created_at >= ${from} and created_at < ${to} and deleted_at is null
        union all
        select user_id, created_at from post_reactions where created_at >= ${from} and created_at < ${to}
        union all
        select user_id, created_at from comment_reactions where created_at >= ${from} and created_at < ${to}
      )
      select u.id as "userId", u.org_unit_id as "orgUnitId", count(*)::int as activities,
        (count(*) filter (where not ${workingTimeSql(sql`a.at`, sql`u.time_zone`, sql`u.working_hours`)}))::int
          as "outsideWorkingHours"
      from activity a join users u on u.id = a.user_id
      where u.status = 'active'
      group by u.id`,
  );
  return rows;
}
