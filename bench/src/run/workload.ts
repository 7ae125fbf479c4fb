import type { Db } from '@levain/db';
import { SessionService } from '@levain/server';
import type { Sql } from 'postgres';

/** A seeded person the benchmark acts as, with what their requests can point at. */
export type Viewer = {
  id: string;
  cookie: string;
  communitySlugs: string[];
  postableCommunityIds: string[];
  readablePostIds: string[];
  commentedPostIds: string[];
};

/**
 * Draws `count` people at random among those who belong to communities, signs each in (a real
 * session row, as the sign-in mutation makes) and gathers the communities and posts they may use,
 * so requests spread over the whole data set instead of one warm corner of it.
 */
export async function drawViewers(sql: Sql, db: Db, count: number): Promise<Viewer[]> {
  const rows = await sql<{ id: string; slugs: string[]; postable: string[] }[]>`
    with drawn as (
      select u.id from users u
      where u.status = 'active'
        and exists (select 1 from community_memberships m where m.user_id = u.id and m.status = 'active')
      order by random() limit ${count}
    )
    select d.id,
      array_agg(c.slug order by c.slug) as slugs,
      array_agg(c.id order by c.slug) filter (where c.archived_at is null and m.suspended_until is null) as postable
    from drawn d
    join community_memberships m on m.user_id = d.id and m.status = 'active'
    join communities c on c.id = m.community_id and c.deleted_at is null
    group by d.id`;
  const sessions = new SessionService(db, 24 * 3600_000);
  const viewers: Viewer[] = [];
  for (const row of rows) {
    const posts = await sql<{ id: string; commentCount: number }[]>`
      select p.id, p.comment_count as "commentCount" from posts p
      where p.community_id = any(${row.postable ?? []}::uuid[])
        and p.status = 'published' and p.moderation = 'visible' and p.deleted_at is null
      order by p.published_at desc limit 60`;
    if (!posts.length || !row.postable?.length) continue;
    const { token } = await sessions.create(row.id, 'levain-bench');
    viewers.push({
      id: row.id,
      cookie: `levain_session=${token}`,
      communitySlugs: row.slugs,
      postableCommunityIds: row.postable,
      readablePostIds: posts.map((p) => p.id),
      commentedPostIds: posts.filter((p) => p.commentCount > 0).map((p) => p.id),
    });
  }
  if (viewers.length < count / 2)
    throw new Error(`only ${viewers.length} people with posts in their communities: is the database seeded?`);
  return viewers.filter((v) => v.commentedPostIds.length > 0);
}

/** HR people signed in (the heatmap is theirs to read): each a real session, like any viewer. */
export async function hrViewers(sql: Sql, db: Db): Promise<Viewer[]> {
  const rows = await sql<{ id: string }[]>`
    select r.user_id as id from user_roles r join users u on u.id = r.user_id
    where r.role = 'hr' and u.status = 'active' order by r.user_id`;
  const sessions = new SessionService(db, 24 * 3600_000);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      cookie: `levain_session=${(await sessions.create(row.id, 'levain-bench')).token}`,
      communitySlugs: [],
      postableCommunityIds: [],
      readablePostIds: [],
      commentedPostIds: [],
    })),
  );
}
