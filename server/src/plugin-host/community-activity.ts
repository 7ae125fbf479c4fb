import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';

/** A set of communities whose activity a plugin wants as one line (a community, a CM's perimeter, a country). */
export type CommunityGroup = { key: string; communityIds: readonly string[] };

/** What happened in a group of communities over a period: counts and durations, never content nor names. */
export type CommunityActivity = {
  key: string;
  /** Distinct active people who are active members at the end of the period. */
  members: number;
  /** …of whom joined during the period. */
  newMembers: number;
  /** Distinct people who posted, commented, reacted or voted there during the period. */
  activeMembers: number;
  posts: number;
  comments: number;
  /** Reactions to posts and to comments. */
  reactions: number;
  votes: number;
  /** Distinct people who first saw one of its posts during the period (the impressions the core records). */
  reach: number;
  /** Times one of its posts was first seen by one person during the period (post × reader pairs). */
  impressions: number;
  reports: number;
  /** Median minutes from a report (filed in the period) to a moderator's first action; null when none acted. */
  medianMinutesToFirstAction: number | null;
};

/**
 * Activity facts per group of communities in [from, to), in one statement whatever the number of
 * groups. Distinct people are counted once per group even when they are active in several of its
 * communities. Published, undeleted posts and undeleted comments only; deactivated people are not
 * members any more. The groups travel as one JSON parameter, sent as text (postgres-js would
 * encode a jsonb parameter string as a JSON string).
 */
export async function communityActivity(
  db: Db,
  period: { from: Date; to: Date },
  groups: readonly CommunityGroup[],
): Promise<CommunityActivity[]> {
  const pairs = groups.flatMap((g) => g.communityIds.map((c) => ({ k: g.key, c })));
  const keys = groups.map((g) => ({ k: g.key }));
  if (!keys.length) return [];
  const { from, to } = period;
  const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${from} and ${sql.raw(column)} < ${to}`;
  return queryRows<CommunityActivity>(
    db,
    sql`with scope as (select k, c from jsonb_to_recordset(${JSON.stringify(pairs)}::text::jsonb) as s(k text, c uuid)),
      community_posts as (
        select s.k, p.id, p.author_id, p.published_at from scope s
        join posts p on p.community_id = s.c and p.status = 'published' and p.deleted_at is null),
      community_comments as (
        select cp.k, cm.id, cm.author_id, cm.created_at from community_posts cp
        join comments cm on cm.post_id = cp.id and cm.deleted_at is null),
      acts as (
        select k, 'post' as kind, author_id as user_id from community_posts where ${inPeriod('published_at')}
        union all select k, 'comment', author_id from community_comments where ${inPeriod('created_at')}
        union all select cp.k, 'reaction', r.user_id from community_posts cp
          join post_reactions r on r.post_id = cp.id where ${inPeriod('r.created_at')}
        union all select cc.k, 'reaction', r.user_id from community_comments cc
          join comment_reactions r on r.comment_id = cc.id where ${inPeriod('r.created_at')}
        union all select cp.k, 'vote', v.user_id from community_posts cp
          join poll_votes v on v.post_id = cp.id where ${inPeriod('v.voted_at')}),
      members as (
        select s.k, m.user_id, m.joined_at from scope s
        join community_memberships m on m.community_id = s.c and m.status = 'active' and m.joined_at < ${to}
        join users u on u.id = m.user_id and u.status = 'active'),
      reports_filed as (
        select s.k, r.created_at, r.first_action_at from scope s
        join reports r on r.community_id = s.c where ${inPeriod('r.created_at')})
      select g.k as key,
        (select count(distinct user_id)::int from members m where m.k = g.k) as members,
        (select count(distinct user_id)::int from members m where m.k = g.k and m.joined_at >= ${from}) as "newMembers",
        (select count(distinct user_id)::int from acts a where a.k = g.k) as "activeMembers",
        (select count(*)::int from acts a where a.k = g.k and a.kind = 'post') as posts,
        (select count(*)::int from acts a where a.k = g.k and a.kind = 'comment') as comments,
        (select count(*)::int from acts a where a.k = g.k and a.kind = 'reaction') as reactions,
        (select count(*)::int from acts a where a.k = g.k and a.kind = 'vote') as votes,
        (select count(distinct i.user_id)::int from community_posts cp
          join post_impressions i on i.post_id = cp.id
          where cp.k = g.k and ${inPeriod('i.first_seen_at')}) as reach,
        (select count(*)::int from community_posts cp
          join post_impressions i on i.post_id = cp.id
          where cp.k = g.k and ${inPeriod('i.first_seen_at')}) as impressions,
        (select count(*)::int from reports_filed r where r.k = g.k) as reports,
        (select (percentile_cont(0.5) within group (
            order by extract(epoch from r.first_action_at - r.created_at) / 60))::float8
          from reports_filed r where r.k = g.k and r.first_action_at is not null) as "medianMinutesToFirstAction"
      from jsonb_to_recordset(${JSON.stringify(keys)}::text::jsonb) as g(k text)`,
  );
}
