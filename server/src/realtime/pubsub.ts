import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub as createYogaPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Topics published to subscribers; later issues add theirs. */
export type Topics = {
  'session.revoked': [userId: string, payload: { userId: string }];
  'plugin.toggled': [payload: { pluginId: string; enabled: boolean }];
  /** A post was published; each `feedUpdated` subscriber checks it may read it. */
  'feed.updated': [payload: { postId: string; authorId: string; eventId: string | null }];
  /** Per recipient: a subscriber hears only their own notifications. */
  'notification.added': [recipientId: string, payload: { notificationId: string }];
};

export type PubSub = ReturnType<typeof createYogaPubSub<Topics>>;

/** At most one warning per this while Redis is away, however many events are dropped. */
export const WARN_EVERY_MS = 30_000;
/** Reconnection attempts to Redis never stop; they are spaced at most this far apart. */
const RECONNECT_AT_MOST_EVERY_MS = 2_000;

/** Logs the first trouble at once, then a count of what followed once per interval. */
function throttledWarning(logger: Logger, message: string) {
  let lastAt = 0;
  let since = 0;
  return (detail: Record<string, unknown> = {}) => {
    since += 1;
    if (Date.now() - lastAt < WARN_EVERY_MS) return;
    logger.warn({ ...detail, count: since }, message);
    lastAt = Date.now();
    since = 0;
  };
}

/**
 * In one process by default; through Redis when REDIS_URL is set so every replica hears every event.
 * Redis being away degrades real-time only: events published meanwhile are dropped (with one warning
 * per interval), subscribers stay open, and both connections come back by themselves. Before, ioredis
 * gave up a publish after its 20 retries and the event target left that rejection unhandled, which
 * ended every replica that published during an outage longer than ~10 s.
 */
export function createPubSub(
  redisUrl: string | undefined,
  logger: Logger,
): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) return { pubsub: createYogaPubSub<Topics>(), close: async () => {} };
  const retryStrategy = (attempt: number) => Math.min(attempt * 200, RECONNECT_AT_MOST_EVERY_MS);
  // Without an offline queue a publish fails at once while disconnected, instead of piling up.
  const publisher = new Redis(redisUrl, {
    retryStrategy,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectionName: `levain-publish-${process.pid}`,
  });
  // Subscriptions wait for the connection; ioredis subscribes again to every channel on reconnection.
  // Named with the process id: Redis' CLIENT LIST tells which replica listens on which channels.
  const subscriber = new Redis(redisUrl, {
    retryStrategy,
    maxRetriesPerRequest: null,
    connectionName: `levain-subscribe-${process.pid}`,
  });
  const unreachable = throttledWarning(
    logger,
    'Redis unreachable: retrying; real-time events are dropped meanwhile',
  );
  const dropped = throttledWarning(logger, 'real-time events dropped: Redis is unreachable');
  publisher.on('error', (error) => unreachable({ err: error.message }));
  subscriber.on('error', (error) => unreachable({ err: error.message }));
  for (const client of [publisher, subscriber])
    client.on('ready', () =>
      logger.info({ role: client === publisher ? 'publish' : 'subscribe' }, 'Redis connected'),
    );

  const keep = (what: string) => (error: Error) => logger.warn({ err: error.message }, what);
  const eventTarget = createRedisEventTarget({
    publishClient: {
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: Error) => dropped({ channel, err: error.message })),
    } as unknown as Redis,
    subscribeClient: {
      on: subscriber.on.bind(subscriber),
      subscribe: (channel: string) => subscriber.subscribe(channel).catch(keep('Redis subscribe failed')),
      unsubscribe: (channel: string) =>
        subscriber.unsubscribe(channel).catch(keep('Redis unsubscribe failed')),
    } as unknown as Redis,
  });
  return {
    pubsub: createYogaPubSub<Topics>({ eventTarget }),
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
