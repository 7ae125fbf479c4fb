import { queryRows, type Tx } from '@levain/db';
import { sql } from 'drizzle-orm';

/** What colleagues reported, as they would word it, by reason. */
const reasons = [
  { reason: 'off_topic', details: 'Ce fil parle de tout sauf du sujet de la communauté.' },
  { reason: 'spam', details: 'Le même lien promotionnel, posté dans plusieurs communautés.' },
  { reason: 'confidential', details: 'On lit le nom d’un client sur la capture.' },
  { reason: 'harassment', details: 'Le ton envers un collègue absent n’est pas correct.' },
] as const;

/** Reports each animating demo account finds waiting in their community's queue. */
const PER_MODERATOR = 2;

/**
 * A few open reports for the demo's moderation queues: on recent posts of the communities the
 * chief CM and the manager animate (their own posts excepted: nobody decides about their own
 * content), one on a comment, and one on a profile post that only the admins' org-wide queue shows.
 * Each reporter is a member who may read the item. Returns how many reports were written.
 */
export async function seedOpenReports(tx: Tx, now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  // The latest posts, however long ago: whatever the day the demo is seeded, the queues have some.
  const recent = sql`p.status = 'published' and p.moderation = 'visible' and not p.is_announcement`;
  const targets = await queryRows<{
    post_id: string;
    comment_id: string | null;
    community_id: string | null;
    reporter_id: string;
  }>(
    tx,
    sql`(select distinct on (picked.post_id) picked.post_id, null::uuid as comment_id, picked.community_id,
        (select m.user_id from community_memberships m where m.community_id = picked.community_id
          and m.status = 'active' and m.role = 'member' and m.user_id <> picked.author_id
          order by m.joined_at, m.user_id limit 1) as reporter_id
      from (select p.id as post_id, p.community_id, p.author_id,
          row_number() over (partition by u.id order by p.published_at desc) as n
        from posts p
        join community_memberships mod on mod.community_id = p.community_id and mod.status = 'active'
          and mod.role in ('owner', 'animator')
        join users u on u.id = mod.user_id and u.email in ('cm@atlas.example', 'manager@atlas.example')
        where ${recent} and p.author_id <> u.id) picked
      where picked.n <= ${PER_MODERATOR})
    union all
    (select p.id, c.id, p.community_id,
        (select m.user_id from community_memberships m where m.community_id = p.community_id
          and m.status = 'active' and m.user_id not in (c.author_id, p.author_id)
          order by m.joined_at desc, m.user_id limit 1)
      from comments c join posts p on p.id = c.post_id
      join community_memberships mod on mod.community_id = p.community_id and mod.status = 'active'
        and mod.role in ('owner', 'animator')
      join users u on u.id = mod.user_id and u.email = 'cm@atlas.example'
      where ${recent} and c.author_id <> u.id and c.parent_id is null
      order by c.created_at desc limit 1)
    union all
    (select p.id, null, null,
        (select u.id from users u where u.org_unit_id = a.org_unit_id and u.id <> a.id
          and u.status = 'active' order by u.name limit 1)
      from posts p join users a on a.id = p.author_id
      where ${recent} and p.community_id is null
      order by p.published_at desc limit 1)`,
  );
  const rows = targets
    .filter((t) => t.reporter_id)
    .map((target, i) => ({ ...target, ...reasons[i % reasons.length]!, hoursAgo: 3 + i * 7 }));
  for (const row of rows)
    await tx.execute(sql`insert into reports (reporter_id, community_id, post_id, comment_id, reason, details, created_at)
      values (${row.reporter_id}, ${row.community_id}, ${row.post_id}, ${row.comment_id}, ${row.reason},
        ${row.details}, least(${at} - interval '1 minute', greatest(
          (select p.published_at from posts p where p.id = ${row.post_id}) + interval '30 minutes',
          ${at} - make_interval(hours => ${row.hoursAgo}))))
      on conflict do nothing`);
  return rows.length;
}
