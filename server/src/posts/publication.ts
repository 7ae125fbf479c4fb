import { type Db, schema, type Tx } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Services } from '../services';

export const PUBLISH_SCHEDULED_JOB = 'posts.publish-scheduled';

/** What subscribers and listeners hear when a post appears in feeds. */
export type PublishedPost = {
  id: string;
  communityId: string | null;
  authorId: string;
  isAnnouncement: boolean;
  eventId: string | null;
};

async function mentionedUserIds(db: Db, postId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: schema.mentions.userId })
    .from(schema.mentions)
    .where(and(eq(schema.mentions.postId, postId), isNull(schema.mentions.commentId)));
  return rows.flatMap((r) => (r.userId ? [r.userId] : []));
}

/** What `post.published` carries for this post. */
async function publishedEvent(services: Pick<Services, 'db'>, post: PublishedPost) {
  return {
    postId: post.id,
    communityId: post.communityId,
    authorId: post.authorId,
    isAnnouncement: post.isAnnouncement,
    mentionedUserIds: await mentionedUserIds(services.db, post.id),
  };
}

/**
 * Tells everyone a post is now in feeds (after the transaction that published it committed):
 * the domain event for listeners (notifications of mentions, plugins) and the real-time topic
 * behind `feedUpdated` (each subscriber is filtered through the permission module).
 */
export async function announcePublished(
  services: Pick<Services, 'db' | 'events' | 'pubsub'>,
  post: PublishedPost,
): Promise<void> {
  services.events.emit('post.published', await publishedEvent(services, post));
  services.pubsub.publish('feed.updated', realtimeUpdate(post));
}

/** What `feedUpdated` and `eventLivePostAdded` subscribers hear of a published post. */
const realtimeUpdate = (post: PublishedPost) => ({
  postId: post.id,
  authorId: post.authorId,
  eventId: post.eventId,
});

/**
 * Queues the publication of a scheduled post at its time, in the transaction that scheduled it so
 * a crash cannot leave a post scheduled with nothing to publish it (one job per post).
 */
export async function queuePublication(tx: Tx, postId: string, at: Date): Promise<void> {
  await tx
    .insert(schema.jobs)
    .values({
      name: PUBLISH_SCHEDULED_JOB,
      payload: { postId },
      runAt: at,
      uniqueKey: `post-publish:${postId}`,
    })
    .onConflictDoNothing({ target: schema.jobs.uniqueKey });
}

/**
 * Publishes a scheduled post whose time has come. Its `publishedAt` already holds the scheduled
 * time: that is the post's time in feeds, not the moment the job ran. The job is done once the
 * listeners of `post.published` are: a worker killed in between leaves the post published and the
 * job claimed, and the job's next run announces it again (listeners skip what they already did) —
 * where before it saw the post published, announced nothing, and mentions were never notified.
 */
async function publishScheduled(services: Services, postId: string): Promise<void> {
  await services.db
    .update(schema.posts)
    .set({ status: 'published' })
    .where(
      and(eq(schema.posts.id, postId), eq(schema.posts.status, 'scheduled'), isNull(schema.posts.deletedAt)),
    );
  const post = await services.db.query.posts.findFirst({
    where: { id: postId, status: 'published', deletedAt: { isNull: true } },
    columns: { id: true, communityId: true, authorId: true, isAnnouncement: true, eventId: true },
  });
  if (!post) return;
  await services.events.deliver('post.published', await publishedEvent(services, post));
  services.pubsub.publish('feed.updated', realtimeUpdate(post));
}

export function registerPublicationJob(services: Services): void {
  services.jobs.register(PUBLISH_SCHEDULED_JOB, {
    isActive: async () => true,
    run: (payload) => publishScheduled(services, (payload as { postId: string }).postId),
  });
}
