import { categoryOfKind, defaultFrequency, type NotificationKind } from '@levain/server/seeding';
import type { SeedContext } from './context';

/** Notifications cover what happened in the last this many days. */
export const NOTIFICATION_DAYS = 90;

const email = (kind: NotificationKind) => `'${defaultFrequency[categoryOfKind[kind]]}'`;

/**
 * What the app would have told people over the last three months, as it stores it: a mention to
 * each colleague a post names, a reply to
 * each comment (to the post's author, or to the comment's for a reply), one grouped row per
 * reacted post or comment ("Ana and 4 others"), an announcement to each member. Older ones are
 * mostly read, recent ones often not; every email they called for is already sent.
 */
export async function insertNotifications(ctx: SeedContext): Promise<number> {
  const since = `${ctx.at} - interval '${NOTIFICATION_DAYS} days'`;
  await ctx.exec(`
    insert into notifications (recipient_id, kind, group_key, actor_ids, actor_count, community_id, post_id,
      comment_id, data, read_at, created_at, email_due_at, emailed_at)
    select recipient_id, kind, group_key, actor_ids, actor_count, community_id, post_id, comment_id,
      data || jsonb_build_object('email', email),
      case when random() < case when created_at < ${ctx.at} - interval '7 days' then 0.92 else 0.45 end
        then created_at + (${ctx.at} - created_at) * random() * random() end,
      created_at,
      case when email <> 'off' then created_at end,
      case when email <> 'off' then created_at end
    from (
      select a.id as recipient_id, 'reply'::notification_kind as kind, null as group_key, array[c.author_id] as actor_ids,
        1 as actor_count, p.community_id, c.post_id, c.id as comment_id,
        jsonb_build_object('toComment', c.parent_n is not null) as data, ${email('reply')} as email, c.created_at
      from bench_seed.comments c join bench_seed.people a on a.n = c.answered_n join bench_seed.posts p on p.n = c.post_n
      where c.created_at > ${since} and c.author_n <> c.answered_n
      union all
      select p.author_id, 'reaction', 'reaction:' || r.post_id, array_agg(r.user_id order by r.created_at desc),
        count(*)::int, p.community_id, r.post_id, null, '{}', ${email('reaction')}, max(r.created_at)
      from post_reactions r join bench_seed.posts p on p.id = r.post_id where r.created_at > ${since}
      group by p.author_id, p.community_id, r.post_id
      union all
      select c.author_id, 'reaction', 'reaction:' || r.comment_id, array_agg(r.user_id order by r.created_at desc),
        count(*)::int, p.community_id, c.post_id, r.comment_id, '{}', ${email('reaction')}, max(r.created_at)
      from comment_reactions r join bench_seed.comments c on c.id = r.comment_id join bench_seed.posts p on p.n = c.post_n
      where r.created_at > ${since}
      group by c.author_id, p.community_id, c.post_id, r.comment_id
      union all
      select pm.user_id, 'mention', null, array[p.author_id], 1, p.community_id, p.id, null, '{}', ${email('mention')},
        p.published_at
      from bench_seed.posts p join bench_seed.post_mentions pm on pm.n = p.n
      where p.status = 'published' and p.published_at > ${since} and pm.user_id <> p.author_id
      union all
      select mb.id, 'announcement', 'announcement:' || p.id, array[p.author_id], 1, p.community_id, p.id, null,
        jsonb_build_object('reminder', false), ${email('announcement')}, p.published_at
      from bench_seed.posts p join bench_seed.members mb on mb.cn = p.cn and mb.n <> p.author_n
      where p.is_announcement and p.status = 'published' and p.published_at > ${since}
        and not exists (select 1 from bench_seed.post_mentions pm where pm.n = p.n and pm.user_id = mb.id)
    ) n;`);
  return ctx.count('notifications');
}
