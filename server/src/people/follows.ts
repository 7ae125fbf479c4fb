import { type Db, schema } from '@levain/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { NotFoundError, ValidationError } from '../errors';
import type { Viewer } from '../permissions';

/** Following someone brings their posts to one's home feed. Only active colleagues can be followed. */
export async function followUser(db: Db, viewer: Viewer, userId: string): Promise<void> {
  if (userId === viewer.id) throw ValidationError.field('userId', 'validation.cannotFollowSelf');
  const target = await db.query.users.findFirst({
    columns: { id: true },
    where: { id: userId, status: 'active' },
  });
  if (!target) throw new NotFoundError();
  await db.insert(schema.follows).values({ followerId: viewer.id, followeeId: userId }).onConflictDoNothing();
}

export async function unfollowUser(db: Db, viewer: Viewer, userId: string): Promise<void> {
  await db
    .delete(schema.follows)
    .where(and(eq(schema.follows.followerId, viewer.id), eq(schema.follows.followeeId, userId)));
}

/** Whether the viewer follows the person in `userId` (a column of the query's own users alias). */
export const followedBy = (viewerId: string | null, userId: SQL | typeof schema.users.id): SQL<boolean> =>
  sql<boolean>`exists (select 1 from follows f where f.follower_id = ${viewerId} and f.followee_id = ${userId})`;

/** Active people following the person: deactivated accounts no longer count. */
export const followerCount = (userId: SQL | typeof schema.users.id): SQL<number> =>
  sql<number>`(select count(*)::int from follows f join users fu on fu.id = f.follower_id
    where f.followee_id = ${userId} and fu.status = 'active')`;
