import { schema as core, type Db, queryRows } from '@levain/db';
import { ValidationError, type Viewer } from '@levain/server/plugin';
import { type SQL, sql } from 'drizzle-orm';
import { charterAppeals } from '../../db/schema';
import { decidableBy } from './appeals';

type Localised = { fr: string; en: string };

/** An appeal with the decision it contests, as its appellant and its deciders see it (never who moderated). */
export type AppealView = {
  id: string;
  noticeId: string;
  status: 'pending' | 'upheld' | 'rejected';
  statement: string;
  decision: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  action: string;
  reason: string;
  citations: { id: string; label: Localised; description?: Localised }[];
  excerpt: string | null;
  mayDecide: boolean;
};

type Row = Omit<AppealView, 'createdAt' | 'decidedAt' | 'citations'> & {
  createdAt: string;
  decidedAt: string | null;
  citations: unknown;
  at: string;
};

const select = (viewer: Viewer) => sql`select a.id, a.moderation_action_id as "noticeId", a.status,
  a.statement, a.decision, a.created_at as "createdAt", a.decided_at as "decidedAt", m.action, m.reason,
  m.citations, left(coalesce(cm.body, p.body), 200) as excerpt, (${decidableBy(viewer)}) as "mayDecide",
  to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
  from ${charterAppeals} a join ${core.moderationActions} m on m.id = a.moderation_action_id
  left join ${core.posts} p on p.id = m.post_id left join ${core.comments} cm on cm.id = m.comment_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(after: string | null | undefined): [string, string] | null {
  if (!after) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {}
  if (
    !Array.isArray(value) ||
    !/^\d{4}-[\d-]+T[\d:.]+Z$/.test(String(value[0])) ||
    !UUID.test(String(value[1]))
  )
    throw ValidationError.field('after', 'validation.invalidCursor');
  return [String(value[0]), String(value[1])];
}

/** One page of appeals, oldest first (a queue) or newest first, in one statement. */
async function page(
  db: Db,
  viewer: Viewer,
  where: SQL,
  order: 'asc' | 'desc',
  first: number,
  after?: string | null,
) {
  const cursor = decodeCursor(after);
  const keyset = cursor
    ? order === 'asc'
      ? sql`and (a.created_at, a.id) > (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
      : sql`and (a.created_at, a.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`${select(viewer)} where ${where} ${keyset}
      order by a.created_at ${sql.raw(order)}, a.id ${sql.raw(order)} limit ${first + 1}`,
  );
  const shown = rows.slice(0, first);
  return {
    appeals: shown.map(
      (r): AppealView => ({
        ...r,
        citations: (typeof r.citations === 'string'
          ? JSON.parse(r.citations)
          : r.citations) as AppealView['citations'],
        createdAt: new Date(r.createdAt),
        decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
      }),
    ),
    cursors: shown.map((r) => Buffer.from(JSON.stringify([r.at, r.id])).toString('base64url')),
    hasNextPage: rows.length > first,
  };
}

/** The appeals waiting for the viewer: those they may decide (not on their own decisions). */
export const appealQueue = (db: Db, viewer: Viewer, first: number, after?: string | null) =>
  page(db, viewer, sql`a.status = 'pending' and ${decidableBy(viewer)}`, 'asc', first, after);

/** The viewer's own appeals, newest first. */
export const appealsOf = (db: Db, viewer: Viewer, first: number, after?: string | null) =>
  page(db, viewer, sql`a.appellant_id = ${viewer.id}`, 'desc', first, after);

/** One appeal, as `appealModeration` and `decideAppeal` answer it. */
export const appealWithId = async (db: Db, viewer: Viewer, id: string) =>
  (await page(db, viewer, sql`a.id = ${id}`, 'asc', 1)).appeals[0] ?? null;
