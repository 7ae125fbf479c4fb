import { type Db, schema } from '@levain/db';
import { and, eq } from 'drizzle-orm';

/** Saves a post for the person to read later; saving it twice keeps one bookmark. */
export async function bookmarkPost(db: Db, userId: string, postId: string): Promise<void> {
  await db.insert(schema.bookmarks).values({ userId, postId }).onConflictDoNothing();
}

export async function unbookmarkPost(db: Db, userId: string, postId: string): Promise<void> {
  await db
    .delete(schema.bookmarks)
    .where(and(eq(schema.bookmarks.userId, userId), eq(schema.bookmarks.postId, postId)));
}
