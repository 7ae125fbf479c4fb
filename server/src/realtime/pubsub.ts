import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub as createYogaPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

/** Topics published to subscribers; later issues add theirs. */
export type Topics = {
  'session.revoked': [userId: string, payload: { userId: string }];
  'plugin.toggled': [payload: { pluginId: string; enabled: boolean }];
  /** A post was published; each `feedUpdated` subscriber checks it may read it. */
  'feed.updated': [payload: { postId: string; authorId: string }];
  /** Per recipient: a subscriber hears only their own notifications. */
  'notification.added': [recipientId: string, payload: { notificationId: string }];
};

export type PubSub = ReturnType<typeof createYogaPubSub<Topics>>;

/** In one process by default; through Redis when REDIS_URL is set so every replica hears every event. */
export function createPubSub(redisUrl?: string): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) return { pubsub: createYogaPubSub<Topics>(), close: async () => {} };
  const publishClient = new Redis(redisUrl);
  const subscribeClient = new Redis(redisUrl);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createYogaPubSub<Topics>({ eventTarget }),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
