import { schema as core, type Db } from '@levain/db';
import { NotFoundError, type PluginServices, readablePostsWhere, type Viewer } from '@levain/server/plugin';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { cmAlerts, cmWatchLists } from '../../db/schema';
import { isUuid } from '../schema/ids';
import type { Keyset } from '../schema/page';
import { matchingWatchLists } from './lists';

export type WatchedContent = {
  postId: string;
  commentId: string | null;
  text: string;
  communityId: string | null;
};

/**
 * Raises the alerts a new post or comment calls for: for each watch list it matches, its owner and,
 * on a community's list, that community's CMs — only those the permission module lets read it.
 * Returns the alerts raised, to notify.
 */
export async function raiseAlerts(services: PluginServices, content: WatchedContent) {
  const { db } = services;
  const matches = await matchingWatchLists(db, content);
  if (!matches.length) return [];
  const animators = content.communityId
    ? ((await services.communities.directory()).find((c) => c.id === content.communityId)?.animatorIds ?? [])
    : [];
  const wanted = matches.flatMap((m) =>
    [m.ownerId, ...(m.communityId ? animators : [])].map((recipientId) => ({ ...m, recipientId })),
  );
  const readers = new Set(
    await services.posts.readers({ postId: content.postId, commentId: content.commentId }, [
      ...new Set(wanted.map((w) => w.recipientId)),
    ]),
  );
  const seen = new Set<string>();
  const rows = wanted.filter((w) => {
    const key = `${w.recipientId}:${w.watchListId}`;
    if (!readers.has(w.recipientId) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!rows.length) return [];
  return db
    .insert(cmAlerts)
    .values(
      rows.map((r) => ({
        recipientId: r.recipientId,
        watchListId: r.watchListId,
        term: r.term,
        postId: content.postId,
        commentId: content.commentId,
      })),
    )
    .returning();
}

/** Loads what a post or comment says, to match it (the handler's event carries ids only). */
export async function watchedContent(db: Db, ids: { postId: string; commentId?: string }) {
  if (ids.commentId) {
    const [row] = await db
      .select({ text: core.comments.body, communityId: core.posts.communityId })
      .from(core.comments)
      .innerJoin(core.posts, eq(core.posts.id, core.comments.postId))
      .where(eq(core.comments.id, ids.commentId));
    return row ? { postId: ids.postId, commentId: ids.commentId, ...row } : null;
  }
  const [row] = await db
    .select({ text: core.posts.body, communityId: core.posts.communityId })
    .from(core.posts)
    .where(eq(core.posts.id, ids.postId));
  return row ? { postId: ids.postId, commentId: null, ...row } : null;
}

/**
 * A page of the viewer's alerts, newest first, after `page.after`, in one statement whatever its
 * size. Each is re-checked against the permission module at read time: an alert whose post (or
 * comment) the viewer can no longer read is not shown, and the excerpt comes from content they may read now.
 */
export async function listAlerts(
  db: Db,
  viewer: Viewer,
  filter: { status?: 'open' | 'acknowledged' | null; id?: string },
  page: { first: number; after?: Keyset | null } = { first: 1 },
) {
  const comment = core.comments;
  return db
    .select({
      alert: cmAlerts,
      at: sql<string>`${cmAlerts.createdAt}::text`,
      watchListName: cmWatchLists.name,
      communityName: core.communities.name,
      excerpt: sql<string>`left(coalesce(${comment.body}, ${core.posts.body}), 200)`,
    })
    .from(cmAlerts)
    .innerJoin(cmWatchLists, eq(cmWatchLists.id, cmAlerts.watchListId))
    .innerJoin(core.posts, eq(core.posts.id, cmAlerts.postId))
    .leftJoin(core.communities, eq(core.communities.id, core.posts.communityId))
    .leftJoin(comment, eq(comment.id, cmAlerts.commentId))
    .where(
      and(
        eq(cmAlerts.recipientId, viewer.id),
        filter.status ? eq(cmAlerts.status, filter.status) : undefined,
        filter.id ? eq(cmAlerts.id, filter.id) : undefined,
        page.after
          ? sql`(${cmAlerts.createdAt}, ${cmAlerts.id}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
          : undefined,
        readablePostsWhere(viewer, core.posts),
        or(isNull(cmAlerts.commentId), and(eq(comment.moderation, 'visible'), isNull(comment.deletedAt))),
      ),
    )
    .orderBy(desc(cmAlerts.createdAt), desc(cmAlerts.id))
    .limit(page.first + 1);
}

export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];

/** The recipient acknowledges their alert; anyone else's is "not found". */
export async function acknowledgeAlert(db: Db, viewer: Viewer, id: string, now = new Date()) {
  if (!isUuid(id)) throw new NotFoundError();
  const [alert] = await db
    .update(cmAlerts)
    .set({ status: 'acknowledged', acknowledgedAt: now })
    .where(and(eq(cmAlerts.id, id), eq(cmAlerts.recipientId, viewer.id)))
    .returning({ id: cmAlerts.id });
  if (!alert) throw new NotFoundError();
  const [row] = await listAlerts(db, viewer, { id });
  if (!row) throw new NotFoundError();
  return row;
}
