import { schema, type Tx } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../audit';
import type { PublishedPost } from '../posts/publication';
import type { HeldPostRelease } from './contract';

/**
 * Publishes a post a plugin held (`holdPost`), now, in the caller's transaction: only a post still
 * waiting under that plugin's hold, so two approvals cannot publish it twice.
 */
export async function releaseHeldPost(
  tx: Tx,
  pluginId: string,
  { postId, actorId }: HeldPostRelease,
): Promise<PublishedPost | null> {
  const [post] = await tx
    .update(schema.posts)
    .set({ status: 'published', publishedAt: new Date().toISOString(), reviewedById: actorId })
    .where(
      and(
        eq(schema.posts.id, postId),
        eq(schema.posts.status, 'pending_approval'),
        eq(schema.posts.heldBy, pluginId),
        isNull(schema.posts.deletedAt),
      ),
    )
    .returning({
      id: schema.posts.id,
      communityId: schema.posts.communityId,
      authorId: schema.posts.authorId,
      isAnnouncement: schema.posts.isAnnouncement,
      eventId: schema.posts.eventId,
    });
  if (!post) return null;
  await audit(tx, actorId, 'post.approved', 'post', postId, {
    communityId: post.communityId,
    heldBy: pluginId,
  });
  return post;
}
