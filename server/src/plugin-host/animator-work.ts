import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { workingTimeSql } from '../notifications/working-hours-sql';

/** The communities a person animates, whose work a plugin wants measured. */
export type AnimatorScope = { userId: string; communityIds: readonly string[] };

/** What a person did as an animator over a period: counts, never content nor timestamps. */
export type AnimatorWork = {
  userId: string;
  /** Moderation decisions they took (anywhere: only animators and moderators take them). */
  moderationActions: number;
  /** Their comments on questions asked in their communities. */
  answers: number;
  /** Their published posts in their communities. */
  posts: number;
  /** Posts approved or rejected and membership requests decided by them. */
  validations: number;
  /** How many of all these fell outside their working hours or on their rest days. */
  outsideWorkingHours: number;
};

/**
 * Animator work per person in [from, to), in one statement whatever the number of people: the
 * measure of a part-time CM's CM work against their declared share. The people travel as one
 * JSON parameter sent as text, like the community groups.
 */
export async function animatorWork(
  db: Db,
  period: { from: Date; to: Date },
  people: readonly AnimatorScope[],
): Promise<AnimatorWork[]> {
  if (!people.length) return [];
  const pairs = people.flatMap((p) => p.communityIds.map((c) => ({ u: p.userId, c })));
  const ids = people.map((p) => ({ u: p.userId }));
  const { from, to } = period;
  const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${from} and ${sql.raw(column)} < ${to}`;
  return queryRows<AnimatorWork>(
    db,
    sql`with who as (select distinct u from jsonb_to_recordset(${JSON.stringify(ids)}::text::jsonb) as w(u uuid)),
      scope as (select u, c from jsonb_to_recordset(${JSON.stringify(pairs)}::text::jsonb) as s(u uuid, c uuid)),
      work as (
        select m.actor_id as user_id, 'moderation' as kind, m.created_at as at from moderation_actions m
          join who on who.u = m.actor_id where ${inPeriod('m.created_at')}
        union all select cm.author_id, 'answer', cm.created_at from scope s
          join questions q on q.community_id = s.c
          join comments cm on cm.post_id = q.post_id and cm.author_id = s.u and cm.deleted_at is null
          where ${inPeriod('cm.created_at')}
        union all select p.author_id, 'post', p.published_at from scope s
          join posts p on p.community_id = s.c and p.author_id = s.u
            and p.status = 'published' and p.deleted_at is null
          where ${inPeriod('p.published_at')}
        union all select a.actor_id, 'validation', a.created_at from audit_log a
          join who on who.u = a.actor_id
          where a.action in ('post.approved', 'post.rejected', 'community.membership-decided')
            and ${inPeriod('a.created_at')})
      select u.id as "userId",
        (count(*) filter (where w.kind = 'moderation'))::int as "moderationActions",
        (count(*) filter (where w.kind = 'answer'))::int as answers,
        (count(*) filter (where w.kind = 'post'))::int as posts,
        (count(*) filter (where w.kind = 'validation'))::int as validations,
        (count(*) filter (where w.kind is not null
          and not ${workingTimeSql(sql`w.at`, sql`u.time_zone`, sql`u.working_hours`)}))::int as "outsideWorkingHours"
      from who join users u on u.id = who.u
      left join work w on w.user_id = u.id
      group by u.id`,
  );
}
