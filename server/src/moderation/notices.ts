import { type Db, queryRows } from '@levain/db';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { mentionsAsNamesSql } from '../markdown/mention-text';
import type { ModerationActionKind } from './actions';
import { type ModerationRule, toCitations } from './rules';
import { contentLink } from './targets';

/** A decision about a person's content as they see it: what, which rule, why, never who. */
export type Notice = {
  id: string;
  action: ModerationActionKind;
  reason: string;
  rule: string | null;
  citations: ModerationRule[];
  communityId: string | null;
  createdAt: string;
  suspendedUntil: string | null;
  link: string | null;
  excerpt: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type NoticeRow = Omit<Notice, 'link' | 'citations'> & {
  citations: unknown;
  postId: string | null;
  commentId: string | null;
  communitySlug: string | null;
  profileUserId: string | null;
  at: string;
};

/** The JSON of the notice of moderation action `a` (joined to its post, comment and community). */
const noticeJson = sql`json_build_object('id', a.id, 'action', a.action, 'reason', a.reason, 'rule', a.rule,
  'citations', a.citations, 'communityId', a.community_id, 'createdAt', a.created_at, 'suspendedUntil', a.suspended_until,
  'postId', a.post_id, 'commentId', a.comment_id, 'communitySlug', c.slug, 'profileUserId', p.profile_user_id,
  'excerpt', left(${mentionsAsNamesSql(sql`coalesce(cm.body, p.body)`)}, 200),
  'at', to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))`;

const noticeFrom = sql`moderation_actions a left join posts p on p.id = a.post_id
  left join comments cm on cm.id = a.comment_id left join communities c on c.id = a.community_id`;

/**
 * The latest hide or remove decision on a post (comment null) or a comment: an SQL expression for
 * the `extras` of a post or comment query.
 */
export function latestNoticeSql(target: { postId?: SQLWrapper; commentId?: SQLWrapper }): SQL {
  const where = target.commentId
    ? sql`a.comment_id = ${target.commentId}`
    : sql`a.post_id = ${target.postId} and a.comment_id is null`;
  return sql`(select ${noticeJson} from ${noticeFrom} where ${where} and a.action in ('hide', 'remove')
    order by a.created_at desc, a.id desc limit 1)`;
}

export function toNotice(value: unknown): Notice | null {
  if (value == null) return null;
  const row = (typeof value === 'string' ? JSON.parse(value) : value) as NoticeRow;
  return {
    id: row.id,
    action: row.action,
    reason: row.reason,
    rule: row.rule,
    citations: toCitations(row.citations),
    communityId: row.communityId,
    createdAt: row.createdAt,
    suspendedUntil: row.suspendedUntil,
    excerpt: row.excerpt,
    link: row.postId
      ? contentLink({
          postId: row.postId,
          commentId: row.commentId,
          communitySlug: row.communitySlug,
          profileUserId: row.profileUserId,
        })
      : null,
  };
}

/** Decisions about a person's content, newest first; cursor: (time to the microsecond, id). */
export async function noticesOf(
  db: Db,
  userId: string,
  page: { first: number; after?: string | null },
): Promise<{ notices: Notice[]; cursors: string[]; hasNextPage: boolean }> {
  let after: [string, string] | null = null;
  if (page.after) {
    try {
      after = JSON.parse(Buffer.from(page.after, 'base64url').toString('utf8'));
    } catch {
      after = null;
    }
    if (
      !Array.isArray(after) ||
      !/^\d{4}-[\d-]+T[\d:.]+Z$/.test(String(after[0])) ||
      !UUID.test(String(after[1]))
    )
      throw ValidationError.field('after', 'validation.invalidCursor');
  }
  const rows = await queryRows<{ notice: NoticeRow | string }>(
    db,
    sql`select ${noticeJson} as notice from ${noticeFrom}
      where a.subject_user_id = ${userId} and a.action <> 'dismiss'
      ${after ? sql`and (a.created_at, a.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
      order by a.created_at desc, a.id desc limit ${page.first + 1}`,
  );
  const parsed = rows
    .slice(0, page.first)
    .map((r) => (typeof r.notice === 'string' ? (JSON.parse(r.notice) as NoticeRow) : r.notice));
  return {
    notices: parsed.map((row) => toNotice(row)!),
    cursors: parsed.map((row) => Buffer.from(JSON.stringify([row.at, row.id])).toString('base64url')),
    hasNextPage: rows.length > page.first,
  };
}
