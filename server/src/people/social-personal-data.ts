import { type Db, schema, type Tx } from '@levain/db';
import { eq, or } from 'drizzle-orm';

/** What the social layer stores about a person: their memberships, content, reactions and notifications. */
export async function exportSocialPersonalData(db: Db, id: string) {
  const [
    memberships,
    posts,
    comments,
    postReactions,
    commentReactions,
    bookmarks,
    follows,
    notifications,
    preferences,
    reports,
  ] = await Promise.all([
    db.query.communityMemberships.findMany({
      where: { userId: id },
      columns: { role: true, status: true, joinedAt: true, suspendedUntil: true },
      with: { community: { columns: { slug: true, name: true } } },
    }),
    db.query.posts.findMany({
      where: { authorId: id },
      columns: {
        id: true,
        communityId: true,
        body: true,
        status: true,
        publishedAt: true,
        editedAt: true,
        deletedAt: true,
      },
      orderBy: { publishedAt: 'asc' },
    }),
    db.query.comments.findMany({
      where: { authorId: id },
      columns: { id: true, postId: true, parentId: true, body: true, createdAt: true, deletedAt: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.query.postReactions.findMany({
      where: { userId: id },
      columns: { postId: true, kind: true, createdAt: true },
    }),
    db.query.commentReactions.findMany({
      where: { userId: id },
      columns: { commentId: true, kind: true, createdAt: true },
    }),
    db.query.bookmarks.findMany({ where: { userId: id }, columns: { postId: true, createdAt: true } }),
    db.query.follows.findMany({ where: { followerId: id }, columns: { followeeId: true, createdAt: true } }),
    db.query.notifications.findMany({
      where: { recipientId: id },
      columns: {
        kind: true,
        postId: true,
        commentId: true,
        communityId: true,
        createdAt: true,
        readAt: true,
        emailedAt: true,
      },
      orderBy: { createdAt: 'asc' },
    }),
    db.query.notificationPreferences.findMany({
      where: { userId: id },
      columns: { category: true, email: true },
    }),
    db.query.reports.findMany({
      where: { reporterId: id },
      columns: { postId: true, commentId: true, reason: true, rule: true, status: true, createdAt: true },
    }),
  ]);
  return {
    memberships,
    posts,
    comments,
    postReactions,
    commentReactions,
    bookmarks,
    follows,
    notifications,
    preferences,
    reports,
  };
}

/**
 * Erases the social traces that describe the person rather than their contributions: what they
 * were told, followed, bookmarked and viewed. Posts and comments stay, under the anonymised name.
 */
export async function eraseSocialPersonalData(tx: Tx, id: string): Promise<void> {
  await tx.delete(schema.notifications).where(eq(schema.notifications.recipientId, id));
  await tx.delete(schema.notificationPreferences).where(eq(schema.notificationPreferences.userId, id));
  await tx
    .delete(schema.follows)
    .where(or(eq(schema.follows.followerId, id), eq(schema.follows.followeeId, id)));
  await tx.delete(schema.bookmarks).where(eq(schema.bookmarks.userId, id));
  await tx.delete(schema.postImpressions).where(eq(schema.postImpressions.userId, id));
}
