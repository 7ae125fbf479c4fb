import { queryRows, type Tx } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';

/** The notifications of the last days are there to be seen: older ones were read, recent ones wait. */
const NOTIFIED_DAYS = 7;
const UNREAD_DAYS = 2;
const LATEST_UNREAD = 3;
/** What someone quiet these last days still finds: their latest few notifications of the history. */
const LATEST_OF_HISTORY = 5;

/**
 * A recipient may read the post: it is on a profile, in a public community, or in one they belong
 * to (the same rule the notification list applies, so nothing seeded is hidden from its owner).
 */
const mayRead = (recipient: SQL) => sql`(p.community_id is null
  or exists (select 1 from communities c where c.id = p.community_id and c.visibility = 'public')
  or exists (select 1 from community_memberships m where m.community_id = p.community_id
    and m.user_id = ${recipient} and m.status = 'active'))`;

/**
 * What the demo's people would have been told about the seeded conversations: mentions, answers to
 * their posts and comments, reactions grouped per item ("Ana and 4 others"), over the last days and,
 * for people quiet lately, their latest few of the history, so that everyone has some whatever the
 * day the demo is seeded. Older ones were read. Nothing is emailed (no email due time). Returns how
 * many notifications were written.
 */
export async function seedRecentNotifications(tx: Tx, now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const candidates = sql`
    select mn.user_id as recipient_id, 'mention'::notification_kind as kind, null as group_key,
      array[p.author_id] as actor_ids, 1 as actor_count, p.community_id, p.id as post_id,
      null::uuid as comment_id, '{}'::jsonb as data, p.published_at as created_at
    from mentions mn join posts p on p.id = mn.post_id
    where mn.user_id is not null and mn.comment_id is null and mn.user_id <> p.author_id
      and p.status = 'published' and ${mayRead(sql`mn.user_id`)}
    union all
    select coalesce(parent.author_id, p.author_id), 'reply', null, array[c.author_id], 1, p.community_id, p.id,
      c.id, jsonb_build_object('toComment', c.parent_id is not null), c.created_at
    from comments c join posts p on p.id = c.post_id left join comments parent on parent.id = c.parent_id
    where p.status = 'published' and coalesce(parent.author_id, p.author_id) <> c.author_id
      and ${mayRead(sql`coalesce(parent.author_id, p.author_id)`)}
    union all
    select p.author_id, 'reaction', 'reaction:' || p.id, array_agg(r.user_id order by r.created_at desc),
      count(*)::int, p.community_id, p.id, null, '{}', max(r.created_at)
    from post_reactions r join posts p on p.id = r.post_id
    where r.user_id <> p.author_id and p.status = 'published'
    group by p.id
    union all
    select c.author_id, 'reaction', 'reaction:' || c.id, array_agg(r.user_id order by r.created_at desc),
      count(*)::int, p.community_id, p.id, c.id, '{}', max(r.created_at)
    from comment_reactions r join comments c on c.id = r.comment_id join posts p on p.id = c.post_id
    where r.user_id <> c.author_id and p.status = 'published'
    group by c.id, p.id`;
  await tx.execute(sql`insert into notifications (recipient_id, kind, group_key, actor_ids, actor_count,
      community_id, post_id, comment_id, data, created_at, read_at)
    select recipient_id, kind, group_key, actor_ids, actor_count, community_id, post_id, comment_id, data,
      created_at,
      -- The latest few of each person wait for them; what is older than two days was read.
      case when k > ${LATEST_UNREAD} and created_at < ${at} - make_interval(days => ${UNREAD_DAYS})
        then created_at + interval '2 hours' end
    from (select candidate.*, row_number() over (partition by recipient_id order by created_at desc) as k
      from (${candidates}) candidate) ranked
    where created_at > ${at} - make_interval(days => ${NOTIFIED_DAYS}) or k <= ${LATEST_OF_HISTORY}`);
  const [row] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from notifications`);
  return row?.n ?? 0;
}
