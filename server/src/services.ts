import type { Db, DbHandle } from '@levain/db';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { REQUESTS_PER_MINUTE } from './api-tokens/graphql-requests';
import { PasswordChangeThrottle } from './auth/password-change-throttle';
import { SessionService } from './auth/sessions';
import { SignInThrottle } from './auth/sign-in-throttle';
import type { Config } from './config';
import { EventBus } from './events';
import { DatabaseStatus } from './http/database-status';
import { JobQueue } from './jobs/queue';
import { defaultRenderBudget, MarkdownRenderer } from './markdown/pool';
import { Metrics } from './metrics/registry';
import type { InstalledPlugins } from './plugin-host/installed';
import { type Limit, RateLimits } from './rate-limit';
import { OpenStreams } from './realtime/open-streams';
import { createPubSub, type PubSub } from './realtime/pubsub';

/** The core's services, created once per process and shared by every request. */
export type Services = {
  handle: DbHandle;
  db: Db;
  /** Whether the database answers (requests are refused with 503 while it does not). */
  database: DatabaseStatus;
  config: Config;
  logger: Logger;
  sessions: SessionService;
  throttle: SignInThrottle;
  passwordChangeThrottle: PasswordChangeThrottle;
  /** Sign-up requests, counted whether they succeed or not: each one sends a mail. */
  signUpLimits: { perIp: Limit; perAddress: Limit };
  /** Prometheus metrics of this process (`GET /metrics`). */
  metrics: Metrics;
  /** Requests of each API token, per minute. */
  apiTokenRequests: Limit;
  /** Counters shared by replicas through Redis (sign-in, sign-up, password changes, streams). */
  rateLimits: RateLimits;
  events: EventBus;
  jobs: JobQueue;
  pubsub: PubSub;
  /** Subscriptions open on this process, capped per session and per IP. */
  streams: OpenStreams;
  /** Renders post and comment bodies in worker threads, within a time and memory budget. */
  markdown: MarkdownRenderer;
  host: InstalledPlugins;
  close(): Promise<void>;
};

export function createCoreServices(handle: DbHandle, config: Config, logger: Logger): Omit<Services, 'host'> {
  // Without an offline queue a command fails at once while Redis is down, and the limits fall back
  // to this process's counts instead of making every sign-in wait for reconnection.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  const rateLimits = new RateLimits(redis, logger);
  const events = new EventBus(logger);
  const jobs = new JobQueue(handle.db, logger);
  const pubsub = createPubSub(config.redisUrl, logger);
  const database = new DatabaseStatus(handle.db, logger);
  const markdown = new MarkdownRenderer(defaultRenderBudget);
  const streams = new OpenStreams();
  const metrics = new Metrics(handle.db, () => streams.size);
  return {
    handle,
    db: handle.db,
    database,
    config,
    logger,
    sessions: new SessionService(handle.db, config.sessionInactivityMinutes * 60_000, (userId) =>
      pubsub.pubsub.publish('session.revoked', userId, { userId }),
    ),
    throttle: new SignInThrottle(rateLimits),
    passwordChangeThrottle: new PasswordChangeThrottle(rateLimits),
    signUpLimits: {
      perIp: rateLimits.limit({ name: 'signup-ip', points: 10, durationSeconds: 3600 }),
      perAddress: rateLimits.limit({ name: 'signup-address', points: 3, durationSeconds: 3600 }),
    },
    apiTokenRequests: rateLimits.limit({
      name: 'api-token',
      points: REQUESTS_PER_MINUTE,
      durationSeconds: 60,
    }),
    rateLimits,
    events,
    jobs,
    pubsub: pubsub.pubsub,
    streams,
    metrics,
    markdown,
    close: async () => {
      await jobs.stop();
      await events.settled();
      await pubsub.close();
      await markdown.close();
      redis?.disconnect();
      database.close();
    },
  };
}
