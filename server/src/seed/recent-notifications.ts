import { queryRows, type Tx } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';

/** The notifications of the last days are there to be seen: older ones were read, recent ones wait. */
const NOTIFIED_DAYS = 7;
const UNREAD_DAYS = 2;
const LATEST_UNREAD = 3;

/**
 * A recipient may read the post: it is on a profile, in a public community, or in one they belong
 * to (the same rule the notification list applies, so nothing seeded is hidden from its owner).
 */
const mayRead = (recipient: SQL) => sql`(p.community_id is null
  or exists (select 1 from communities c where c.id = p.community_id and c.visibility = 'public')
  or exists (select 1 from community_memberships m where m.community_id = p.community_id
    and m.user_id = ${recipient} and m.status = 'active'))`;

/**
 * What the demo's people would have been told about the seeded conversations of the last days:
 * mentions, answers to their posts and comments, reactions grouped per item ("Ana and 4 others").
 * Nothing is emailed (no email due time). Returns how many notifications were written.
 */
export async function seedRecentNotifications(tx: Tx, now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const since = sql`${at} - make_interval(days => ${NOTIFIED_DAYS})`;
  const readAt = (created: SQL) =>
    sql`case when ${created} < ${at} - make_interval(days => ${UNREAD_DAYS}) then ${created} + interval '2 hours' end`;
  const statements: SQL[] = [
    sql`insert into notifications (recipient_id, kind, actor_ids, actor_count, community_id, post_id, created_at, read_at)
      select mn.user_id, 'mention', array[p.author_id], 1, p.community_id, p.id, p.published_at, ${readAt(sql`p.published_at`)}
      from mentions mn join posts p on p.id = mn.post_id
      where mn.user_id is not null and mn.comment_id is null and mn.user_id <> p.author_id
        and p.status = 'published' and p.published_at > ${since} and ${mayRead(sql`mn.user_id`)}`,
    sql`insert into notifications (recipient_id, kind, actor_ids, actor_count, community_id, post_id, comment_id, data, created_at, read_at)
      select coalesce(parent.author_id, p.author_id), 'reply', array[c.author_id], 1, p.community_id, p.id, c.id,
        jsonb_build_object('toComment', c.parent_id is not null), c.created_at, ${readAt(sql`c.created_at`)}
      from comments c join posts p on p.id = c.post_id left join comments parent on parent.id = c.parent_id
      where c.created_at > ${since} and p.status = 'published'
        and coalesce(parent.author_id, p.author_id) <> c.author_id
        and ${mayRead(sql`coalesce(parent.author_id, p.author_id)`)}`,
    sql`insert into notifications (recipient_id, kind, group_key, actor_ids, actor_count, community_id, post_id, created_at, read_at)
      select p.author_id, 'reaction', 'reaction:' || p.id, array_agg(r.user_id order by r.created_at desc),
        count(*)::int, p.community_id, p.id, max(r.created_at), ${readAt(sql`max(r.created_at)`)}
      from post_reactions r join posts p on p.id = r.post_id
      where r.created_at > ${since} and r.user_id <> p.author_id and p.status = 'published'
      group by p.id`,
    sql`insert into notifications (recipient_id, kind, group_key, actor_ids, actor_count, community_id, post_id, comment_id, created_at, read_at)
      select c.author_id, 'reaction', 'reaction:' || c.id, array_agg(r.user_id order by r.created_at desc),
        count(*)::int, p.community_id, p.id, c.id, max(r.created_at), ${readAt(sql`max(r.created_at)`)}
      from comment_reactions r join comments c on c.id = r.comment_id join posts p on p.id = c.post_id
      where r.created_at > ${since} and r.user_id <> c.author_id and p.status = 'published'
      group by c.id, p.id`,
  ];
  for (const statement of statements) await tx.execute(statement);
  // Whoever was away these two days still finds their latest few waiting for them.
  await tx.execute(sql`update notifications n set read_at = null
    from (select id, row_number() over (partition by recipient_id order by created_at desc, id) as k
      from notifications) newest
    where newest.id = n.id and newest.k <= ${LATEST_UNREAD}`);
  const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from notifications`);
  return row?.n ?? 0;
}
