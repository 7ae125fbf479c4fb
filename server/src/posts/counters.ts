import type { Db, Tx } from '@levain/db';
import { sql } from 'drizzle-orm';

/**
 * Recomputes a post's comment count and its comments' reply counts from what readers can see:
 * visible, not deleted, and (for a reply) under a visible, not deleted comment. Called in the
 * transaction of every write that changes that (delete, moderation), so lists and counts agree.
 */
export async function recountComments(db: Db | Tx, postId: string): Promise<void> {
  await db.execute(sql`
    with shown as (
      select c.id, c.parent_id from comments c
      left join comments parent on parent.id = c.parent_id
      where c.post_id = ${postId} and c.moderation = 'visible' and c.deleted_at is null
        and (c.parent_id is null or (parent.moderation = 'visible' and parent.deleted_at is null))
    )
    update comments set reply_count = (select count(*) from shown where shown.parent_id = comments.id)
    where comments.post_id = ${postId} and comments.parent_id is null`);
  await db.execute(sql`
    update posts set comment_count = (
      select count(*) from comments c left join comments parent on parent.id = c.parent_id
      where c.post_id = posts.id and c.moderation = 'visible' and c.deleted_at is null
        and (c.parent_id is null or (parent.moderation = 'visible' and parent.deleted_at is null)))
    where posts.id = ${postId}`);
}
