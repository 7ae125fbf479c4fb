import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { contentLink } from './targets';

export type ReasonCount = { reason: string; rule: string | null; count: number };

/** A reported post or comment with its open reports, as moderators see it in a queue. */
export type QueueItem = {
  id: string;
  kind: 'post' | 'comment';
  postId: string;
  commentId: string | null;
  communityId: string | null;
  link: string;
  moderation: 'visible' | 'hidden' | 'removed';
  reportCount: number;
  reasons: ReasonCount[];
  reportIds: string[];
  firstReportedAt: string;
  lastReportedAt: string;
};

/** Oldest first: the queue is worked in the order people asked for help. Cursor: (first report time, item id). */
type QueueCursor = { at: string; id: string };

export const encodeQueueCursor = (item: QueueItem) =>
  Buffer.from(JSON.stringify([item.firstReportedAt, item.id])).toString('base64url');

function decodeQueueCursor(text: string): QueueCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as string[];
    if (
      typeof at === 'string' &&
      /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(at) &&
      typeof id === 'string' &&
      id.length <= 40
    )
      return { at, id };
  } catch {
    // An unreadable cursor is reported below: the person starts the list over.
  }
  throw ValidationError.field('after', 'validation.invalidCursor');
}

/**
 * Items with open reports, in one community or everywhere (null), one statement whatever the
 * page size. Items deleted by their author meanwhile have left the queue, and a moderator's own
 * posts and comments are in other moderators' queues only: nobody decides about their own content.
 */
export async function queuePage(
  db: Db,
  viewerId: string,
  communityId: string | null,
  page: { first: number; after?: string | null },
): Promise<{ items: QueueItem[]; totalCount: number; hasNextPage: boolean }> {
  const after = page.after ? decodeQueueCursor(page.after) : null;
  const rows = await queryRows<{
    item_id: string | null;
    post_id: string;
    comment_id: string | null;
    community_id: string | null;
    slug: string | null;
    profile_user_id: string | null;
    moderation: QueueItem['moderation'];
    report_count: number;
    report_ids: string[];
    reasons: ReasonCount[] | string;
    first_at: string;
    last_at: string;
    total: number;
  }>(
    db,
    sql`with items as (
      select r.post_id, r.comment_id, coalesce(r.comment_id, r.post_id)::text as item_id,
        min(r.created_at) as first_at, max(r.created_at) as last_at, count(*)::int as report_count,
        array_agg(r.id::text order by r.created_at, r.id) as report_ids
      from reports r
        join posts p on p.id = r.post_id and p.deleted_at is null
        left join comments cm on cm.id = r.comment_id
      where r.status = 'open' and (r.comment_id is null or cm.deleted_at is null)
        and coalesce(cm.author_id, p.author_id) <> ${viewerId}
        ${communityId ? sql`and r.community_id = ${communityId}` : sql``}
      group by r.post_id, r.comment_id
    ),
    page as (
      select * from items
      ${after ? sql`where (first_at, item_id) > (${after.at}::timestamptz, ${after.id})` : sql``}
      order by first_at, item_id limit ${page.first + 1}
    )
    select page.item_id, page.post_id, page.comment_id, p.community_id, c.slug, p.profile_user_id,
      coalesce(cm.moderation, p.moderation) as moderation, page.report_count, page.report_ids,
      (select json_agg(x) from (
        select r.reason, r.rule, count(*)::int as count from reports r
        where r.status = 'open' and r.post_id = page.post_id and r.comment_id is not distinct from page.comment_id
        group by r.reason, r.rule order by count(*) desc, r.reason, r.rule) x) as reasons,
      to_char(page.first_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as first_at,
      to_char(page.last_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as last_at,
      total.count as total
    from (select count(*)::int as count from items) total
      left join page on true
      left join posts p on p.id = page.post_id
      left join comments cm on cm.id = page.comment_id
      left join communities c on c.id = p.community_id
    order by page.first_at, page.item_id`,
  );
  const totalCount = Number(rows[0]?.total ?? 0);
  const items = rows
    .filter((row) => row.item_id !== null)
    .map(
      (row): QueueItem => ({
        id: row.item_id!,
        kind: row.comment_id ? 'comment' : 'post',
        postId: row.post_id,
        commentId: row.comment_id,
        communityId: row.community_id,
        link: contentLink({
          postId: row.post_id,
          commentId: row.comment_id,
          communitySlug: row.slug,
          profileUserId: row.profile_user_id,
        }),
        moderation: row.moderation,
        reportCount: Number(row.report_count),
        reasons: typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons,
        reportIds: row.report_ids,
        firstReportedAt: row.first_at,
        lastReportedAt: row.last_at,
      }),
    );
  return { items: items.slice(0, page.first), totalCount, hasNextPage: items.length > page.first };
}
